import type { AuthorizerDefinition, AuthorizerType } from './api-definition';
import { X } from './extension-names';
import type { ImportContext } from './import-context';
import { asNumber, asObject, asString, asStringArray, compact, isObject } from './json-value';

/**
 * securityDefinitions (Swagger) / components.securitySchemes (OAS 3) -> authorizers, and a note of what
 * each scheme means for the methods that name it: an API key, SigV4 (AWS_IAM) or an authorizer.
 */
export function importSecuritySchemes(ctx: ImportContext): AuthorizerDefinition[] {
  const schemes = ctx.flavour === 'swagger'
    ? asObject(ctx.doc['securityDefinitions'])
    : asObject(asObject(ctx.doc['components'])['securitySchemes']);
  const authorizers: AuthorizerDefinition[] = [];
  for (const [name, value] of Object.entries(schemes)) {
    const scheme = asObject(value);
    const authType = asString(scheme[X.authtype]);
    const rawAuthorizer = scheme[X.authorizer];
    if (isObject(rawAuthorizer)) {
      const authorizer = importAuthorizer(ctx, name, scheme, rawAuthorizer, authType);
      if (authorizer) {
        authorizers.push(authorizer);
        ctx.securitySchemes.set(name, {
          kind: 'authorizer',
          authorizationType: authorizer.type === 'COGNITO_USER_POOLS' ? 'COGNITO_USER_POOLS' : 'CUSTOM',
        });
      } else {
        ctx.securitySchemes.set(name, { kind: 'unsupported' });
      }
    } else if (authType?.toLowerCase() === 'awssigv4') {
      ctx.securitySchemes.set(name, { kind: 'iam' });
    } else if (scheme['type'] === 'apiKey' && authType === undefined) {
      ctx.securitySchemes.set(name, { kind: 'apiKey' });
    } else {
      ctx.warnings.push(`Unsupported security definition type '${String(scheme['type'])}' for '${name}'. Ignoring.`);
      ctx.securitySchemes.set(name, { kind: 'unsupported' });
    }
  }
  return authorizers;
}

function importAuthorizer(
  ctx: ImportContext, name: string, scheme: Record<string, unknown>, raw: Record<string, unknown>, authType: string | undefined,
): AuthorizerDefinition | undefined {
  const type = asString(raw['type'])?.toUpperCase() as AuthorizerType | undefined;
  if (type !== 'TOKEN' && type !== 'REQUEST' && type !== 'COGNITO_USER_POOLS') {
    ctx.errors.push(`Unable to create authorizer '${name}': Invalid authorizer type specified: ${String(raw['type'] ?? 'null')}`);
    return undefined;
  }
  if (type !== 'COGNITO_USER_POOLS' && asString(raw['authorizerUri']) === undefined) {
    ctx.errors.push(`Unable to create authorizer '${name}': Authorizer URI must be specified for authorizer type ${type}`);
    return undefined;
  }
  const providerARNs = asStringArray(raw['providerARNs']);
  if (type === 'COGNITO_USER_POOLS' && providerARNs.length === 0) {
    ctx.errors.push(`Unable to create authorizer '${name}': Provider ARNs must be specified for authorizer type COGNITO_USER_POOLS`);
    return undefined;
  }
  const ttl = raw['authorizerResultTtlInSeconds'] === undefined ? undefined : asNumber(raw['authorizerResultTtlInSeconds']);
  if (ttl !== undefined && (!Number.isInteger(ttl) || ttl < 0 || ttl > 3600)) {
    ctx.errors.push(`Unable to create authorizer '${name}': Authorizer TTL must be between 0 and 3600 seconds`);
    return undefined;
  }
  // TOKEN and Cognito authorizers read the header the scheme names when no identity source is given.
  const header = asString(scheme['name']);
  const identitySource = asString(raw['identitySource'])
    ?? (type !== 'REQUEST' && header !== undefined ? `method.request.header.${header}` : undefined);
  return compact<AuthorizerDefinition>({
    name,
    type,
    // AWS keeps the authtype (no functional effect) and defaults it by authorizer type.
    authType: authType ?? (type === 'COGNITO_USER_POOLS' ? 'cognito_user_pools' : 'custom'),
    authorizerUri: asString(raw['authorizerUri']),
    authorizerCredentials: asString(raw['authorizerCredentials']),
    identitySource,
    identityValidationExpression: asString(raw['identityValidationExpression']),
    authorizerResultTtlInSeconds: ttl,
    providerARNs: providerARNs.length > 0 ? providerARNs : undefined,
  });
}
