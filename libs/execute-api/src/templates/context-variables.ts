import type { TemplateContext } from '@tollgate/vtl';
import type { RequestContext } from '../pipeline/context';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * `$context` of a request (AWS-BEHAVIOUR.md §1.1, §6), built on first use and cached on the context, so
 * requests whose methods use no template or context mapping never pay for it. `error.*` and the
 * overrides are not in it: they change during the request and are added by the caller.
 */
export function contextVariables(ctx: RequestContext): TemplateContext {
  if (ctx.contextVariables === undefined) ctx.contextVariables = buildContextVariables(ctx);
  return ctx.contextVariables;
}

function buildContextVariables(ctx: RequestContext): TemplateContext {
  const snapshot = ctx.stage?.snapshot;
  const host = ctx.domainName;
  const colon = host.lastIndexOf(':');
  const domainName = colon > host.lastIndexOf(']') && colon !== -1 ? host.slice(0, colon) : host;
  const dot = domainName.indexOf('.');
  const identity = ctx.identity;
  return {
    accountId: snapshot?.accountId ?? '',
    apiId: ctx.restApiId,
    deploymentId: snapshot?.deploymentId ?? '',
    domainName,
    domainPrefix: dot === -1 ? domainName : domainName.slice(0, dot),
    extendedRequestId: ctx.extendedRequestId,
    httpMethod: ctx.httpMethod,
    identity: {
      sourceIp: identity.sourceIp,
      userAgent: identity.userAgent,
      apiKey: identity.apiKey,
      apiKeyId: identity.apiKeyId,
      caller: identity.caller,
      user: identity.user,
      accountId: identity.accountId,
    },
    authorizer: authorizerStrings(ctx.authorizer),
    isCanaryRequest: ctx.isCanaryRequest,
    path: `/${ctx.stageName}${ctx.rawPath}`,
    protocol: ctx.req.httpVersion ? `HTTP/${ctx.req.httpVersion}` : 'HTTP/1.1',
    requestId: ctx.requestId,
    requestTime: requestTime(ctx.requestTimeEpoch),
    requestTimeEpoch: ctx.requestTimeEpoch,
    resourceId: ctx.resource?.id ?? '',
    resourcePath: ctx.resource?.path ?? '',
    stage: ctx.stageName,
  };
}

/** Authorizer context values reach templates as strings (AWS docs: `1` becomes "1"). */
function authorizerStrings(authorizer: Readonly<Record<string, unknown>> | undefined): TemplateContext {
  const result: Record<string, string | TemplateContext> = {};
  if (!authorizer) return result;
  for (const key of Object.keys(authorizer)) {
    const value = authorizer[key];
    if (value === undefined || value === null) continue;
    if (key === 'claims' && typeof value === 'object') result[key] = authorizerStrings(value as Record<string, unknown>);
    else result[key] = typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  return result;
}

/** CLF time as AWS writes `$context.requestTime`: `21/Nov/2026:13:37:54 +0000`. */
export function requestTime(epochMs: number): string {
  const d = new Date(epochMs);
  const two = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${two(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`;
}
