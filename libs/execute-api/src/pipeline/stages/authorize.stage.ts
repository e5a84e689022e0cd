import type { SnapshotAuthorizer } from '@tollgate/model';
import { GatewayError } from '../gateway-error';
import type { RequestContext } from '../context';

/**
 * Fails closed for every method that needs an authorizer: until Lambda/Cognito authorizers and IAM
 * (SigV4) verification are invoked by the data plane, no protected method is ever served open.
 * What it does answer follows AWS: a missing identity is 401/403 before any authorizer would run;
 * anything that would need the authorizer is AUTHORIZER_CONFIGURATION_ERROR (AWS's 500 for an
 * authorizer it cannot invoke). Also refuses the default endpoint when the API disabled it.
 */
export function authorizeStage(ctx: RequestContext): void {
  const snapshot = ctx.stage?.snapshot;
  if (snapshot?.disableExecuteApiEndpoint) {
    throw new GatewayError('ACCESS_DENIED', 'Forbidden', 'default execute-api endpoint disabled');
  }
  const method = ctx.method;
  if (!method || method.authorizationType === 'NONE') return;

  if (method.authorizationType === 'AWS_IAM') {
    if (!ctx.req.headers.authorization) throw new GatewayError('MISSING_AUTHENTICATION_TOKEN', undefined, 'AWS_IAM method without SigV4');
    throw new GatewayError('ACCESS_DENIED', undefined, 'AWS_IAM verification is not available in the data plane');
  }
  const authorizer = method.authorizerId ? snapshot?.authorizers[method.authorizerId] : undefined;
  if (authorizer && !hasIdentity(ctx, authorizer)) {
    throw new GatewayError('UNAUTHORIZED', undefined, 'identity source missing');
  }
  throw new GatewayError('AUTHORIZER_CONFIGURATION_ERROR', undefined, `${method.authorizationType} authorizer cannot be invoked by this data plane`);
}

/** AWS answers 401 without invoking the authorizer when a header identity source is absent or empty. */
function hasIdentity(ctx: RequestContext, authorizer: SnapshotAuthorizer): boolean {
  const sources = (authorizer.identitySource ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const headers = sources.filter((s) => s.startsWith('method.request.header.')).map((s) => s.slice('method.request.header.'.length).toLowerCase());
  if (authorizer.type === 'COGNITO_USER_POOLS' && headers.length === 0) headers.push('authorization');
  return headers.every((name) => {
    const value = ctx.req.headers[name];
    return typeof value === 'string' ? value.length > 0 : Array.isArray(value) && value.length > 0;
  });
}
