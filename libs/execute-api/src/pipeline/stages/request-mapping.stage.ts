import type { CompiledMethod, MockRequestTemplate } from '../../compile/compiled-snapshot';
import { renderUri, parseHttpUrl } from '../../compile/uri-template';
import { PROXY_REQUEST_DROPPED } from '../../http/header-rules';
import { MAX_BODY_BYTES, readBody } from '../../http/read-body';
import { mockStatusCode } from '../../integrations/mock-status-code';
import { renderTemplate } from '../../templates/render-template';
import { GatewayError } from '../gateway-error';
import type { FlatHeaders, RequestContext } from '../context';

type HttpProxyPlan = Extract<CompiledMethod, { kind: 'HTTP_PROXY' }>;
type MockPlan = Extract<CompiledMethod, { kind: 'MOCK' }>;

/** Builds the integration request from the precompiled plan: HTTP_PROXY passthrough or MOCK's status. */
export function requestMappingStage(ctx: RequestContext): void | Promise<void> {
  const plan = ctx.compiledMethod;
  if (!plan || plan.kind === 'UNAVAILABLE') {
    throw new GatewayError('API_CONFIGURATION_ERROR', undefined, plan?.reason ?? 'method was not compiled');
  }
  if (plan.kind === 'HTTP_PROXY') {
    mapHttpProxy(ctx, plan);
    return;
  }
  return mapMock(ctx, plan);
}

function mapHttpProxy(ctx: RequestContext, plan: HttpProxyPlan): void {
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
  if (ctx.rawQuery !== '') path += (plan.uri.hasQuery ? '&' : '?') + ctx.rawQuery;
  const { req } = ctx;
  const contentLength = req.headers['content-length'];
  if (contentLength !== undefined && Number(contentLength) > MAX_BODY_BYTES) throw new GatewayError('REQUEST_TOO_LARGE');
  const hasBody = contentLength !== undefined ? contentLength !== '0' : req.headers['transfer-encoding'] !== undefined;
  ctx.integrationRequest = {
    kind: 'http',
    origin,
    path,
    method: plan.httpMethod ?? ctx.httpMethod,
    headers: proxyHeaders(ctx),
    body: hasBody ? req : undefined,
    timeoutMs: Math.min(plan.timeoutMs, ctx.services.integrationTimeoutCapMs),
  };
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

/** X-Ray style `Root=1-{epoch hex}-{24 hex}`, derived from the request id (no extra randomness). */
function traceId(ctx: RequestContext): string {
  const hex = ctx.requestId.replace(/-/g, '').slice(0, 24);
  return `Root=1-${Math.floor(ctx.requestTimeEpoch / 1000).toString(16)}-${hex}`;
}

function mapMock(ctx: RequestContext, plan: MockPlan): void | Promise<void> {
  const template = selectRequestTemplate(ctx, plan);
  if (template !== undefined) {
    const statusCode = template.isStatic ? template.staticStatusCode : mockStatusCode(renderTemplate(template.template, ctx));
    setMockStatus(ctx, statusCode);
    return;
  }
  // Passthrough: the request body itself is the "rendered template".
  return readBody(ctx.req).then((body) => {
    ctx.requestBody = body;
    setMockStatus(ctx, mockStatusCode(body.toString('utf8')));
  });
}

function setMockStatus(ctx: RequestContext, statusCode: number | undefined): void {
  if (statusCode === undefined) {
    throw new GatewayError('API_CONFIGURATION_ERROR', undefined, 'MOCK request template must yield an integer statusCode');
  }
  ctx.integrationRequest = { kind: 'mock', statusCode };
}

/** Template by Content-Type (missing = application/json); undefined = passthrough; 415 per passthroughBehavior. */
function selectRequestTemplate(ctx: RequestContext, plan: MockPlan): MockRequestTemplate | undefined {
  const header = ctx.req.headers['content-type'];
  const semicolon = header === undefined ? -1 : header.indexOf(';');
  const contentType = header === undefined ? 'application/json' : (semicolon === -1 ? header : header.slice(0, semicolon)).trim().toLowerCase();
  const template = plan.requestTemplates.get(contentType);
  if (template !== undefined) return template;
  const behavior = plan.passthroughBehavior;
  if (behavior === 'NEVER' || (behavior === 'WHEN_NO_TEMPLATES' && plan.requestTemplates.size > 0)) {
    throw new GatewayError('UNSUPPORTED_MEDIA_TYPE');
  }
  return undefined;
}
