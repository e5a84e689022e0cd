import type { RequestValidatorValues } from '@tollgate/persistence';
import { invalidPatchPath, type PatchOperation, patchValue } from '../common/patch-operations';
import { RequestValidatorsError } from './request-validators.error';

const PATHS = ['/name', '/validateRequestParameters', '/validateRequestBody'];

/** UpdateRequestValidator's patchOperations as column changes (pure). */
export function applyRequestValidatorPatch(operations: readonly PatchOperation[]): Partial<RequestValidatorValues> {
  const fail = RequestValidatorsError.invalid;
  const changes: Partial<RequestValidatorValues> = {};
  for (const operation of operations) {
    if (!PATHS.includes(operation.path) || operation.op !== 'replace') throw invalidPatchPath(operation, PATHS, fail);
    const value = patchValue(operation, fail);
    if (operation.path === '/name') {
      if (value.trim() === '') throw fail('Request Validator name cannot be blank');
      if (value.length > 1024 || value.includes('\u0000')) throw fail(`Invalid value for '/name': ${value.slice(0, 64)}`);
      changes.name = value;
      continue;
    }
    if (value !== 'true' && value !== 'false') throw fail(`Invalid value for '${operation.path}': ${value}. Must be true or false`);
    if (operation.path === '/validateRequestBody') changes.validateRequestBody = value === 'true';
    else changes.validateRequestParameters = value === 'true';
  }
  return changes;
}
