import { buildIntegrationRequestHeaders, payloadBytes, renderUri } from '@tollgate/mapping';
import type { CompiledMethod } from '../compile/compiled-snapshot';
import { traceId } from '../http/trace-id';
import { GatewayError } from '../pipeline/gateway-error';
import type { FlatHeaders, RequestContext } from '../pipeline/context';
import { mapNonProxyRequest, type MappedRequest } from './non-proxy-request';

type HttpPlan = Extract<CompiledMethod, { kind: 'HTTP' }>;

/** Verbs that send no request body to the backend. */
const NO_BODY = new Set(['GET', 'HEAD']);

/**
 * Non-proxy HTTP (AWS-BEHAVIOUR.md §1 row 7, §5): the integration's own verb, the URI rendered from
 * mapped path parameters and stage variables, mapped query strings, only mapped headers plus AWS's
 * defaults, and the rendered template (or the passed-through body) as a buffered body.
 */
export function mapHttpRequest(ctx: RequestContext, plan: HttpPlan): void | Promise<void> {
  const mapped = mapNonProxyRequest(ctx, plan.request, 'HTTP', true);
  if ('then' in mapped) return mapped.then((done) => build(ctx, plan, done));
  build(ctx, plan, mapped);
}

function build(ctx: RequestContext, plan: HttpPlan, mapped: MappedRequest): void {
  const { parameters } = mapped;
  let url: URL;
  try {
    url = new URL(renderUri(plan.uriTemplate, parameters.path, ctx.stageVariables));
  } catch {
    throw new GatewayError('API_CONFIGURATION_ERROR', undefined, 'the rendered integration URI is not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new GatewayError('API_CONFIGURATION_ERROR', undefined, `integration URI scheme ${url.protocol} is not http(s)`);
  }
  let path = url.pathname + url.search;
  let separator = url.search === '' ? '?' : '&';
  for (const name in parameters.querystring) {
    for (const value of parameters.querystring[name]) {
      path += `${separator}${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
      separator = '&';
    }
  }
  const method = plan.httpMethod ?? ctx.httpMethod;
  const body = mapped.body === undefined ? undefined : typeof mapped.body === 'string' ? Buffer.from(mapped.body, 'utf8') : toBuffer(payloadBytes(mapped.body));
  const headers = buildIntegrationRequestHeaders({
    integrationType: 'HTTP',
    headers: parameters.header,
    restApiId: ctx.restApiId,
    traceId: traceId(ctx),
    httpMethod: ctx.httpMethod,
    contentType: ctx.req.headers['content-type'],
  });
  ctx.integrationRequest = {
    kind: 'http',
    origin: url.origin,
    path,
    method,
    headers: flatten(headers),
    body: body === undefined || body.length === 0 || NO_BODY.has(method) ? undefined : body,
    timeoutMs: Math.min(plan.timeoutMs, ctx.services.integrationTimeoutCapMs),
  };
}

function flatten(headers: Readonly<Record<string, readonly string[]>>): FlatHeaders {
  const flat: FlatHeaders = [];
  for (const name in headers) for (const value of headers[name]) flat.push(name, value);
  return flat;
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
