import type { ApiKeyChanges, ApiKeyEntity } from '@tollgate/persistence';
import { applyPatch, type PatchContext, type PatchRule, type PatchTable } from '../common/patch/patch-table';
import { invalidPatchPath, type PatchOperation } from '../common/patch-operations';
import { ApiKeysError } from './api-keys.error';
import { MAX_NAME_LENGTH, parseStageKeyString, type StageKey } from './create-api-key.request';

const PATHS = ['/name', '/description', '/enabled', '/customerId', '/stages'];
const fail = ApiKeysError.invalid;

export interface ApiKeyPatch {
  changes: ApiKeyChanges;
  /** Stage keys added by the patch: the service checks they exist. */
  addedStages: StageKey[];
}

interface ApiKeyDraft extends ApiKeyPatch {
  stages: Set<string>;
}

/** replace sets the field, remove clears it. */
function nullable(path: string, write: (changes: ApiKeyChanges, value: string | null) => void): PatchRule<ApiKeyDraft> {
  return { path, replace: (d, c) => write(d.changes, c.required()), remove: (d) => write(d.changes, null) };
}

/** AWS: {op: add|remove, path: /stages, value: "{restApiId}/{stageName}"}. */
const stageRule = (path: string): PatchRule<ApiKeyDraft> => ({
  path,
  add: (d, c) => {
    const value = stageValue(c);
    d.stages.add(value);
    d.addedStages.push(parseStageKeyString(value));
    d.changes.stageKeys = [...d.stages];
  },
  remove: (d, c) => {
    d.stages.delete(stageValue(c));
    d.changes.stageKeys = [...d.stages];
  },
});

function stageValue(c: PatchContext): string {
  const value = c.required();
  parseStageKeyString(value);
  return value;
}

const TABLE: PatchTable<ApiKeyDraft> = {
  fail,
  invalidPath: (operation) => invalidPatchPath(operation, PATHS, fail),
  rules: [
    nullable('/name', (changes, value) => {
      if (value !== null && value.length > MAX_NAME_LENGTH) throw fail(`Invalid 'name': must be at most ${MAX_NAME_LENGTH} characters`);
      changes.name = value;
    }),
    nullable('/description', (changes, value) => { changes.description = value; }),
    nullable('/customerId', (changes, value) => { changes.customerId = value; }),
    {
      path: '/enabled',
      replace: (d, c) => {
        const value = c.required();
        if (value !== 'true' && value !== 'false') throw fail(`Invalid value for '/enabled': ${value}. Must be true or false`);
        d.changes.enabled = value === 'true';
      },
    },
    stageRule('/stages'),
    stageRule('/stages/{ignored+}'),
  ],
};

/** Applies UpdateApiKey's patchOperations to the stored key (pure). */
export function applyApiKeyPatch(key: ApiKeyEntity, operations: readonly PatchOperation[]): ApiKeyPatch {
  const { changes, addedStages } = applyPatch<ApiKeyDraft>({ changes: {}, addedStages: [], stages: new Set(key.stageKeys) }, operations, TABLE);
  return { changes, addedStages };
}
