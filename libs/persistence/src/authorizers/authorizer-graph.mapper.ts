import type { SnapshotAuthorizer } from '@tollgate/model';
import type { AuthorizerEntity } from './authorizer.entity';

/** A stored authorizer as a deployment freezes it (optional members omitted when unset). */
export function toSnapshotAuthorizer(authorizer: AuthorizerEntity): SnapshotAuthorizer {
  const frozen: SnapshotAuthorizer = {
    id: authorizer.id,
    name: authorizer.name,
    type: authorizer.type as SnapshotAuthorizer['type'],
    authorizerResultTtlInSeconds: authorizer.authorizerResultTtlInSeconds,
  };
  if (authorizer.authorizerUri !== null) frozen.authorizerUri = authorizer.authorizerUri;
  if (authorizer.authorizerCredentials !== null) frozen.authorizerCredentials = authorizer.authorizerCredentials;
  if (authorizer.identitySource !== null) frozen.identitySource = authorizer.identitySource;
  if (authorizer.identityValidationExpression !== null) frozen.identityValidationExpression = authorizer.identityValidationExpression;
  if (authorizer.providerArns !== null) frozen.providerARNs = authorizer.providerArns;
  return frozen;
}
