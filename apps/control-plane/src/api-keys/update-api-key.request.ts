import type { ApiKeyChanges, ApiKeyEntity } from '@tollgate/persistence';
import { invalidPatchPath, type PatchOperation, patchValue } from '../common/patch-operations';
import { ApiKeysError } from './api-keys.error';
import { MAX_NAME_LENGTH, parseStageKeyString, type StageKey } from './create-api-key.request';

const PATHS = ['/name', '/description', '/enabled', '/customerId', '/stages'];

export interface ApiKeyPatch {
  changes: ApiKeyChanges;
  /** Stage keys added by the patch: the service checks they exist. */
  addedStages: StageKey[];
}

/** Applies UpdateApiKey's patchOperations to the stored key (pure). */
export function applyApiKeyPatch(key: ApiKeyEntity, operations: readonly PatchOperation[]): ApiKeyPatch {
  const fail = ApiKeysError.invalid;
  const changes: ApiKeyChanges = {};
  const stages = new Set(key.stageKeys);
  const addedStages: StageKey[] = [];
  for (const operation of operations) {
    const field = operation.path.startsWith('/stages') ? '/stages' : operation.path;
    if (!PATHS.includes(field)) throw invalidPatchPath(operation, PATHS, fail);
    if (field === '/stages') {
      // AWS: {op: add|remove, path: /stages, value: "{restApiId}/{stageName}"}.
      if (operation.op !== 'add' && operation.op !== 'remove') throw invalidPatchPath(operation, PATHS, fail);
      const value = patchValue(operation, fail);
      parseStageKeyString(value);
      if (operation.op === 'add') {
        stages.add(value);
        addedStages.push(parseStageKeyString(value));
      } else {
        stages.delete(value);
      }
      changes.stageKeys = [...stages];
      continue;
    }
    if (operation.op !== 'replace' && !(operation.op === 'remove' && field !== '/enabled')) throw invalidPatchPath(operation, PATHS, fail);
    const value = operation.op === 'remove' ? null : patchValue(operation, fail);
    switch (field) {
      case '/name':
        if (value !== null && value.length > MAX_NAME_LENGTH) throw fail(`Invalid 'name': must be at most ${MAX_NAME_LENGTH} characters`);
        changes.name = value;
        break;
      case '/description':
        changes.description = value;
        break;
      case '/customerId':
        changes.customerId = value;
        break;
      case '/enabled':
        if (value !== 'true' && value !== 'false') throw fail(`Invalid value for '/enabled': ${String(value)}. Must be true or false`);
        changes.enabled = value === 'true';
        break;
    }
  }
  return { changes, addedStages };
}
