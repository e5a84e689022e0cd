import type { AuthorizerValues } from '@tollgate/persistence';
import { asBody, optionalNumber, optionalString, optionalStringList } from '../common/body-fields';
import { checkAuthorizer, DEFAULT_TTL } from './authorizer-rules';
import { AuthorizersError } from './authorizers.error';

/** CreateAuthorizer's body, validated (TTL defaults to 300 seconds, as on AWS). */
export function parseCreateAuthorizerRequest(raw: unknown): AuthorizerValues {
  const fail = AuthorizersError.invalid;
  const body = asBody(raw, fail);
  const name = optionalString(body, 'name', fail, 1024);
  if (name === undefined) throw fail('Authorizer name must be non-empty');
  const type = optionalString(body, 'type', fail, 32);
  if (type === undefined) throw fail("1 validation error detected: Value null at 'type' failed to satisfy constraint: Member must not be null");
  return checkAuthorizer({
    name,
    type,
    providerArns: optionalStringList(body, 'providerARNs', fail) ?? null,
    authType: optionalString(body, 'authType', fail, 1024) ?? null,
    authorizerUri: optionalString(body, 'authorizerUri', fail) ?? null,
    authorizerCredentials: optionalString(body, 'authorizerCredentials', fail, 2048) ?? null,
    identitySource: optionalString(body, 'identitySource', fail) ?? null,
    identityValidationExpression: optionalString(body, 'identityValidationExpression', fail) ?? null,
    authorizerResultTtlInSeconds: optionalNumber(body, 'authorizerResultTtlInSeconds', fail) ?? DEFAULT_TTL,
  });
}
