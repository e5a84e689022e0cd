import type { MethodResponseEntity } from '@tollgate/persistence';
import { applyPatch, type PatchTable } from '../common/patch/patch-table';
import { mapEntryRule } from '../common/patch/patch-rules';
import { booleanValue, invalidValue, stringValue } from '../common/patch/patch-values';
import type { PatchOperation } from '../common/patch-operations';
import { MethodsError } from './methods.error';
import { RESPONSE_PARAMETER } from './put-method-response.request';

export type MethodResponsePatchable = Pick<MethodResponseEntity, 'responseParameters' | 'responseModels'>;

const TABLE: PatchTable<MethodResponsePatchable> = {
  fail: MethodsError.invalid,
  rules: [
    mapEntryRule('/responseParameters/{name}', {
      param: 'name',
      map: (r) => r.responseParameters,
      value: (c, name) => {
        if (!RESPONSE_PARAMETER.test(name)) throw invalidValue(c, `'${name}' is not a method response header (method.response.header.{name})`);
        return c.value === undefined || c.value === '' ? false : booleanValue(c);
      },
    }),
    mapEntryRule('/responseModels/{contentType}', { param: 'contentType', map: (r) => r.responseModels, value: (c) => stringValue(c, 128) }),
  ],
};

/** Applies UpdateMethodResponse's patchOperations to a copy of the response (pure). */
export function applyMethodResponsePatch(current: MethodResponsePatchable, operations: readonly PatchOperation[]): MethodResponsePatchable {
  const next = { ...current, responseParameters: { ...current.responseParameters }, responseModels: { ...current.responseModels } };
  return applyPatch(next, operations, TABLE);
}
