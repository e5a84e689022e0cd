import type { RequestValidatorValues } from '@tollgate/persistence';
import { applyPatch, type PatchContext, type PatchTable } from '../common/patch/patch-table';
import { invalidPatchPath, type PatchOperation } from '../common/patch-operations';
import { RequestValidatorsError } from './request-validators.error';

const PATHS = ['/name', '/validateRequestParameters', '/validateRequestBody'];
const fail = RequestValidatorsError.invalid;
type ValidatorChanges = Partial<RequestValidatorValues>;

function flag(c: PatchContext): boolean {
  const value = c.required();
  if (value !== 'true' && value !== 'false') throw fail(`Invalid value for '${c.operation.path}': ${value}. Must be true or false`);
  return value === 'true';
}

const TABLE: PatchTable<ValidatorChanges> = {
  fail,
  invalidPath: (operation) => invalidPatchPath(operation, PATHS, fail),
  rules: [
    {
      path: '/name',
      replace: (v, c) => {
        const value = c.required();
        if (value.trim() === '') throw fail('Request Validator name cannot be blank');
        if (value.length > 1024 || value.includes('\u0000')) throw fail(`Invalid value for '/name': ${value.slice(0, 64)}`);
        v.name = value;
      },
    },
    { path: '/validateRequestParameters', replace: (v, c) => { v.validateRequestParameters = flag(c); } },
    { path: '/validateRequestBody', replace: (v, c) => { v.validateRequestBody = flag(c); } },
  ],
};

/** UpdateRequestValidator's patchOperations as column changes (pure). */
export function applyRequestValidatorPatch(operations: readonly PatchOperation[]): ValidatorChanges {
  return applyPatch({}, operations, TABLE);
}
