import type { AuthorizerEntity, AuthorizerValues } from '@tollgate/persistence';

/** AWS `Authorizer` wire shape (optional members omitted when unset). */
export interface Authorizer {
  id: string;
  name: string;
  type: string;
  providerARNs?: string[];
  authType?: string;
  authorizerUri?: string;
  authorizerCredentials?: string;
  identitySource?: string;
  identityValidationExpression?: string;
  authorizerResultTtlInSeconds: number;
}

export function toAuthorizer(entity: AuthorizerEntity): Authorizer {
  const authorizer: Authorizer = { id: entity.id, name: entity.name, type: entity.type, authorizerResultTtlInSeconds: entity.authorizerResultTtlInSeconds };
  if (entity.providerArns !== null) authorizer.providerARNs = entity.providerArns;
  if (entity.authType !== null) authorizer.authType = entity.authType;
  if (entity.authorizerUri !== null) authorizer.authorizerUri = entity.authorizerUri;
  if (entity.authorizerCredentials !== null) authorizer.authorizerCredentials = entity.authorizerCredentials;
  if (entity.identitySource !== null) authorizer.identitySource = entity.identitySource;
  if (entity.identityValidationExpression !== null) authorizer.identityValidationExpression = entity.identityValidationExpression;
  return authorizer;
}

/** The stored, updatable values of an authorizer (UpdateAuthorizer patches these, then re-checks them). */
export function toAuthorizerValues(entity: AuthorizerEntity): AuthorizerValues {
  return {
    name: entity.name,
    type: entity.type,
    providerArns: entity.providerArns,
    authType: entity.authType,
    authorizerUri: entity.authorizerUri,
    authorizerCredentials: entity.authorizerCredentials,
    identitySource: entity.identitySource,
    identityValidationExpression: entity.identityValidationExpression,
    authorizerResultTtlInSeconds: entity.authorizerResultTtlInSeconds,
  };
}
