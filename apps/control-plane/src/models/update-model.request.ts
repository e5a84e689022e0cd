import type { ModelChanges } from '@tollgate/persistence';
import { applyPatch, type PatchContext, type PatchTable } from '../common/patch/patch-table';
import { invalidPatchPath, type PatchOperation } from '../common/patch-operations';
import { MAX_SCHEMA_LENGTH, requiredSchema } from './create-model.request';
import { ModelsError } from './models.error';

const PATHS = ['/description', '/schema'];
const fail = ModelsError.invalid;
type ModelPatch = ModelChanges & { schema?: string };

function text(c: PatchContext): string {
  const value = c.required();
  if (value.includes('\u0000')) throw fail(`Invalid value for '${c.operation.path}': the NUL character is not allowed`);
  return value;
}

const TABLE: PatchTable<ModelPatch> = {
  fail,
  invalidPath: (operation) => invalidPatchPath(operation, PATHS, fail),
  rules: [
    { path: '/description', replace: (m, c) => { m.description = text(c); } },
    {
      path: '/schema',
      replace: (m, c) => {
        const value = text(c);
        if (value.length > MAX_SCHEMA_LENGTH) throw fail(`Invalid value for '/schema': at most ${MAX_SCHEMA_LENGTH} characters are allowed`);
        m.schema = requiredSchema(value, fail);
      },
    },
  ],
};

/** UpdateModel's patchOperations as column changes (pure; the service validates a new schema). */
export function applyModelPatch(operations: readonly PatchOperation[]): ModelPatch {
  return applyPatch({}, operations, TABLE);
}
