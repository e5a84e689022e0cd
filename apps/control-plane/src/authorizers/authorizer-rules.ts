import { compileSafeRegex } from '@tollgate/safe-regex';
import type { AuthorizerValues } from '@tollgate/persistence';
import { AuthorizersError } from './authorizers.error';

export const AUTHORIZER_TYPES = ['TOKEN', 'REQUEST', 'COGNITO_USER_POOLS'];
export const DEFAULT_TTL = 300;
export const MAX_TTL = 3600;

const HEADER_SOURCE = /^method\.request\.header\.[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const REQUEST_SOURCE = /^(method\.request\.(header|querystring|multivalueheader|multivaluequerystring)\.[^\s,]+|stageVariables\.[A-Za-z0-9_]+|context\.[A-Za-z0-9_.$-]+)$/;

/**
 * The whole-authorizer rules AWS applies on create and after an update's patch: what each type
 * requires, the identity-source syntax, the TTL range and a compilable validation expression.
 */
export function checkAuthorizer(values: AuthorizerValues): AuthorizerValues {
  const fail = AuthorizersError.invalid;
  if (values.name.trim() === '') throw fail('Authorizer name must be non-empty');
  if (!AUTHORIZER_TYPES.includes(values.type)) {
    throw fail(`1 validation error detected: Value '${values.type}' at 'type' failed to satisfy constraint: Member must satisfy enum value set: [${AUTHORIZER_TYPES.join(', ')}]`);
  }
  const ttl = values.authorizerResultTtlInSeconds;
  if (!Number.isInteger(ttl) || ttl < 0 || ttl > MAX_TTL) throw fail(`Invalid authorizer result TTL specified: ${ttl}. Must be between 0 and ${MAX_TTL} seconds`);
  if (values.type === 'COGNITO_USER_POOLS') {
    if (!values.providerArns || values.providerArns.length === 0) throw fail('ProviderARNs need to be specified for authorizers of type COGNITO_USER_POOLS');
    for (const arn of values.providerArns) {
      if (!/^arn:aws[a-z-]*:cognito-idp:[a-z0-9-]+:\d{12}:userpool\/[\w-]+$/.test(arn)) throw fail(`Invalid Cognito user pool ARN specified: ${arn}`);
    }
  } else {
    if (!values.authorizerUri) throw fail(`Authorizer URI must be specified for authorizers of type ${values.type}`);
    if (!values.authorizerUri.startsWith('arn:')) throw fail(`Invalid Authorizer URI specified: ${values.authorizerUri}`);
  }
  const source = values.identitySource;
  if (values.type !== 'REQUEST') {
    if (!source) throw fail(`Identity source must be specified for authorizers of type ${values.type}`);
    if (!HEADER_SOURCE.test(source)) throw fail(`Invalid identity source specified: ${source}. It must be a request header: method.request.header.{name}`);
  } else if (source) {
    for (const part of source.split(',').map((s) => s.trim())) {
      if (!REQUEST_SOURCE.test(part)) throw fail(`Invalid identity source specified: ${part}`);
    }
  } else if (ttl > 0) {
    // AWS needs identity sources to build the cache key whenever caching is on.
    throw fail('Identity source must be specified for REQUEST authorizers when authorizerResultTtlInSeconds is greater than 0');
  }
  if (values.identityValidationExpression) {
    // Checked with the data plane's linear-time engine: the expression will run on every request's token.
    try {
      compileSafeRegex(values.identityValidationExpression, { syntax: 'java' });
    } catch {
      throw fail(`Invalid identity validation expression specified: ${values.identityValidationExpression}`);
    }
  }
  return values;
}
