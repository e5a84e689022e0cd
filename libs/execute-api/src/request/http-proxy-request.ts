import type { Readable } from 'node:stream';
import { evaluateRequestMappings, MappingError, type CompiledRequestMappings, type MappedRequestParameters } from '@tollgate/mapping';
import type { CompiledMethod } from '../compile/compiled-snapshot';
import { parseHttpUrl, renderUri } from '../compile/uri-template';
import { PROXY_REQUEST_DROPPED } from '../http/header-rules';
import { LimitedBody } from '../http/limited-body';
import { methodRequestParameters } from '../http/method-request';
import { checkDeclaredLength, hasRequestBody, requestBody } from '../http/request-body';
import { traceId } from '../http/trace-id';
import { GatewayError } from '../pipeline/gateway-error';
import type { FlatHeaders, RequestContext } from '../pipeline/context';
import { contextVariables } from '../templates/context-variables';

type HttpProxyPlan = Extract<CompiledMethod, { kind: 'HTTP_PROXY' }>;

/**
 * HTTP_PROXY passthrough: the URI from path parameters and stage variables plus the client's raw
 * query, the client's headers minus the dropped ones, the body streamed unread. Header and query
 * mappings, when configured, are merged in (AWS-BEHAVIOUR.md §5); a body mapping makes it buffered.
 */
export function mapHttpProxyRequest(ctx: RequestContext, plan: HttpProxyPlan): void | Promise<void> {
  checkDeclaredLength(ctx);
  if (plan.mappings?.usesBody) {
    const body = requestBody(ctx);
    if (!Buffer.isBuffer(body)) return body.then(() => build(ctx, plan));
  }
  build(ctx, plan);
}

function build(ctx: RequestContext, plan: HttpProxyPlan): void {
  const params = ctx.pathParameters;
  const sources = plan.pathSources;
  const value = (name: string): string | undefined => {
    const source = sources.get(name);
    if (source === undefined) return params[name];
    return 'param' in source ? params[source.param] : source.literal;
  };
  let origin = plan.uri.staticOrigin;
  let path = renderUri(plan.uri.parts, value, ctx.stageVariables);
  if (origin === undefined) {
    // The origin holds a stage variable: resolve it now (rare; static origins are precomputed).
    let url: URL;
    try {
      url = parseHttpUrl(path, path);
    } catch (error) {
      throw new GatewayError('API_CONFIGURATION_ERROR', undefined, (error as Error).message);
    }
    origin = url.origin;
    path = url.pathname + url.search;
  }
  let hasQuery = plan.uri.hasQuery;
  if (ctx.rawQuery !== '') {
    path += (hasQuery ? '&' : '?') + ctx.rawQuery;
    hasQuery = true;
  }
  const headers = proxyHeaders(ctx);
  if (plan.mappings !== undefined) path = mergeMappings(ctx, plan.mappings, headers, path, hasQuery);
  const body = ctx.requestBody ?? streamedBody(ctx);
  ctx.integrationRequest = {
    kind: 'http',
    origin,
    path,
    method: plan.httpMethod ?? ctx.httpMethod,
    headers,
    body: body !== undefined && Buffer.isBuffer(body) && body.length === 0 ? undefined : body,
    timeoutMs: Math.min(plan.timeoutMs, ctx.services.integrationTimeoutCapMs),
  };
}

/** The client's body, streamed unread; chunked bodies (no declared length) are cut off at 10 MB. */
function streamedBody(ctx: RequestContext): Readable | undefined {
  if (!hasRequestBody(ctx)) return undefined;
  return ctx.req.headers['content-length'] === undefined ? new LimitedBody(ctx.req) : ctx.req;
}

/** Mapped headers replace the client's of the same name (ignoring case); mapped query strings are appended. */
function mergeMappings(ctx: RequestContext, mappings: CompiledRequestMappings, headers: FlatHeaders, path: string, hasQuery: boolean): string {
  const request = methodRequestParameters(ctx);
  let mapped: MappedRequestParameters;
  try {
    mapped = evaluateRequestMappings(mappings, {
      pathParameters: ctx.pathParameters,
      multiValueQueryStringParameters: request.multiValueQueryStringParameters,
      multiValueHeaders: request.multiValueHeaders,
      body: ctx.requestBody,
      context: contextVariables(ctx),
      stageVariables: ctx.stageVariables,
    });
  } catch (error) {
    if (error instanceof MappingError) throw new GatewayError(error.responseType, error.message, error.detail);
    throw error;
  }
  for (const name in mapped.header) {
    const lower = name.toLowerCase();
    for (let i = headers.length - 2; i >= 0; i -= 2) if (headers[i].toLowerCase() === lower) headers.splice(i, 2);
    for (const item of mapped.header[name]) headers.push(name, item);
  }
  let out = path;
  let separator = hasQuery ? '&' : '?';
  for (const name in mapped.querystring) {
    for (const item of mapped.querystring[name]) {
      out += `${separator}${encodeURIComponent(name)}=${encodeURIComponent(item)}`;
      separator = '&';
    }
  }
  return out;
}

/** Client headers minus the dropped ones (§1, §7), plus X-Forwarded-* and the API Gateway ids. */
function proxyHeaders(ctx: RequestContext): FlatHeaders {
  const raw = ctx.req.rawHeaders;
  const headers: FlatHeaders = [];
  for (let i = 0; i < raw.length; i += 2) {
    if (!PROXY_REQUEST_DROPPED.has(raw[i].toLowerCase())) headers.push(raw[i], raw[i + 1]);
  }
  const forwardedFor = ctx.req.headers['x-forwarded-for'];
  headers.push(
    'X-Forwarded-For', forwardedFor ? `${String(forwardedFor)}, ${ctx.sourceIp}` : ctx.sourceIp,
    'X-Forwarded-Proto', ctx.protocol,
    'X-Forwarded-Port', String(ctx.req.socket.localPort ?? ''),
    'X-Amzn-Apigateway-Api-Id', ctx.restApiId,
    'X-Amzn-Trace-Id', traceId(ctx),
  );
  return headers;
}
