import type { AuthorizationType } from '@tollgate/model';
import type { MethodEntity } from '@tollgate/persistence';
import { applyPatch, type PatchTable } from '../common/patch/patch-table';
import { fieldRule, listItemRule, mapEntryRule } from '../common/patch/patch-rules';
import { booleanValue, enumValue, invalidValue, optionalStringValue, stringValue } from '../common/patch/patch-values';
import type { PatchOperation } from '../common/patch-operations';
import { MethodsError } from './methods.error';
import { AUTHORIZATION_TYPES, METHOD_PARAMETER } from './put-method.request';

/** The fields UpdateMethod may change. */
export type MethodPatchable = Pick<MethodEntity,
  'authorizationType' | 'authorizerId' | 'authorizationScopes' | 'apiKeyRequired' | 'operationName' | 'requestParameters' | 'requestModels' | 'requestValidatorId'>;

const TABLE: PatchTable<MethodPatchable> = {
  fail: MethodsError.invalid,
  rules: [
    fieldRule('/authorizationType', { write: (m, c) => { m.authorizationType = enumValue<AuthorizationType>(c, AUTHORIZATION_TYPES); }, read: (m) => m.authorizationType }),
    fieldRule('/authorizerId', { write: (m, c) => { m.authorizerId = optionalStringValue(c, 10); }, clear: (m) => { m.authorizerId = null; }, read: (m) => m.authorizerId ?? undefined }),
    fieldRule('/apiKeyRequired', { write: (m, c) => { m.apiKeyRequired = booleanValue(c); }, read: (m) => String(m.apiKeyRequired) }),
    fieldRule('/operationName', { write: (m, c) => { m.operationName = optionalStringValue(c, 1024); }, clear: (m) => { m.operationName = null; }, read: (m) => m.operationName ?? undefined }),
    fieldRule('/requestValidatorId', { write: (m, c) => { m.requestValidatorId = optionalStringValue(c, 10); }, clear: (m) => { m.requestValidatorId = null; }, read: (m) => m.requestValidatorId ?? undefined }),
    mapEntryRule('/requestParameters/{name}', {
      param: 'name',
      map: (m) => m.requestParameters,
      value: (c, name) => {
        if (!METHOD_PARAMETER.test(name)) throw invalidValue(c, `'${name}' is not a method request parameter (method.request.{path|querystring|header|multivaluequerystring|multivalueheader}.{name})`);
        // AWS's value is the `required` flag; an add without one declares an optional parameter.
        return c.value === undefined || c.value === '' ? false : booleanValue(c);
      },
    }),
    mapEntryRule('/requestModels/{contentType}', { param: 'contentType', map: (m) => m.requestModels, value: (c) => stringValue(c, 128) }),
    listItemRule('/authorizationScopes/{scope}', { param: 'scope', list: (m) => (m.authorizationScopes ??= []) }),
    {
      // AWS's documented form: `add`/`remove` on /authorizationScopes with the scope as the value.
      path: '/authorizationScopes',
      add: (m, c) => {
        const scope = stringValue(c, 1024);
        const scopes = (m.authorizationScopes ??= []);
        if (!scopes.includes(scope)) scopes.push(scope);
      },
      remove: (m, c) => {
        if (c.value === undefined) {
          m.authorizationScopes = null;
          return;
        }
        m.authorizationScopes = (m.authorizationScopes ?? []).filter((scope) => scope !== c.value);
      },
    },
  ],
};

/** Applies UpdateMethod's patchOperations to a copy of the method, then checks the result as PutMethod would (pure). */
export function applyMethodPatch(current: MethodPatchable, operations: readonly PatchOperation[]): MethodPatchable {
  const next: MethodPatchable = {
    ...current,
    requestParameters: { ...current.requestParameters },
    requestModels: { ...current.requestModels },
    authorizationScopes: current.authorizationScopes ? [...current.authorizationScopes] : null,
  };
  applyPatch(next, operations, TABLE);
  const needsAuthorizer = next.authorizationType === 'CUSTOM' || next.authorizationType === 'COGNITO_USER_POOLS';
  if (needsAuthorizer && !next.authorizerId) {
    throw MethodsError.invalid('Invalid authorizer ID specified. Setting the authorization type to CUSTOM or COGNITO_USER_POOLS requires a valid authorizer.');
  }
  if (!needsAuthorizer) next.authorizerId = null;
  if (next.authorizationScopes?.length === 0) next.authorizationScopes = null;
  return next;
}
