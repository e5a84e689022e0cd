import type { ModelChanges } from '@tollgate/persistence';
import { invalidPatchPath, type PatchOperation, patchValue } from '../common/patch-operations';
import { MAX_SCHEMA_LENGTH, requiredSchema } from './create-model.request';
import { ModelsError } from './models.error';

const PATHS = ['/description', '/schema'];

/** UpdateModel's patchOperations as column changes (pure; the service validates a new schema). */
export function applyModelPatch(operations: readonly PatchOperation[]): ModelChanges & { schema?: string } {
  const fail = ModelsError.invalid;
  const changes: ModelChanges & { schema?: string } = {};
  for (const operation of operations) {
    if (!PATHS.includes(operation.path) || operation.op !== 'replace') throw invalidPatchPath(operation, PATHS, fail);
    const value = patchValue(operation, fail);
    if (value.includes('\u0000')) throw fail(`Invalid value for '${operation.path}': the NUL character is not allowed`);
    if (operation.path === '/schema') {
      if (value.length > MAX_SCHEMA_LENGTH) throw fail(`Invalid value for '/schema': at most ${MAX_SCHEMA_LENGTH} characters are allowed`);
      changes.schema = requiredSchema(value, fail);
    } else {
      changes.description = value;
    }
  }
  return changes;
}
