import type { Readable } from 'node:stream';
import type { CompiledIntegrationResponse } from '../../compile/integration-responses';
import { selectIntegrationResponse } from '../../compile/integration-responses';
import { ALWAYS_REMAPPED, PROXY_RESPONSE_DROPPED } from '../../http/header-rules';
import { renderTemplate } from '../../templates/render-template';
import { GatewayError } from '../gateway-error';
import type { EndpointResponse, FlatHeaders, RequestContext } from '../context';

/**
 * Turns the endpoint response into the client response. HTTP_PROXY: passed through, body still a
 * stream, with AWS's header drops and renames. MOCK: integration response selected by status code,
 * static header mappings, response template as body.
 */
export function responseMappingStage(ctx: RequestContext): void {
  const endpoint = ctx.endpointResponse;
  const plan = ctx.compiledMethod;
  if (!endpoint || !plan) throw new GatewayError('API_CONFIGURATION_ERROR', undefined, 'no endpoint response');
  if (plan.kind === 'HTTP_PROXY') {
    const headers = proxyResponseHeaders(endpoint);
    addRequestIds(headers, ctx);
    ctx.response = { statusCode: endpoint.statusCode, headers, body: endpoint.body };
    return;
  }
  if (plan.kind !== 'MOCK') throw new GatewayError('API_CONFIGURATION_ERROR', undefined, 'unsupported integration');
  const selected = selectIntegrationResponse(plan.responses, String(endpoint.statusCode));
  if (!selected) throw new GatewayError('API_CONFIGURATION_ERROR', undefined, `no integration response matches ${endpoint.statusCode}`);
  const headers: FlatHeaders = selected.staticHeaders.slice();
  mapHeaders(headers, selected, endpoint);
  const [contentType, template] = selectResponseTemplate(selected, ctx.req.headers.accept);
  headers.push('Content-Type', contentType);
  addRequestIds(headers, ctx);
  ctx.response = { statusCode: selected.statusCode, headers, body: template === undefined ? '' : renderTemplate(template, ctx) };
}

function proxyResponseHeaders(endpoint: EndpointResponse): FlatHeaders {
  const headers: FlatHeaders = [];
  for (const name in endpoint.headers) {
    const value = endpoint.headers[name];
    if (value === undefined || PROXY_RESPONSE_DROPPED.has(name)) continue;
    const remapped = ALWAYS_REMAPPED.get(name);
    if (Array.isArray(value)) {
      for (const item of value) headers.push(remapped ?? name, item);
    } else {
      headers.push(remapped ?? name, value);
    }
    // The body passes through unchanged, so the upstream's length is still ours (avoids chunking).
    if (name === 'content-length') headers.push('Content-Length', String(value));
  }
  return headers;
}

function mapHeaders(headers: FlatHeaders, selected: CompiledIntegrationResponse, endpoint: EndpointResponse): void {
  for (const { name, from } of selected.mappedHeaders) {
    const value = endpoint.headers[from];
    if (value !== undefined) headers.push(name, Array.isArray(value) ? value.join(',') : value);
  }
}

/** By Accept, then application/json, then the first template (AWS-BEHAVIOUR.md §1 row 9). */
function selectResponseTemplate(selected: CompiledIntegrationResponse, accept: string | undefined): [string, string | undefined] {
  const templates = selected.templates;
  if (accept) {
    for (const part of accept.split(',')) {
      const semicolon = part.indexOf(';');
      const type = (semicolon === -1 ? part : part.slice(0, semicolon)).trim().toLowerCase();
      const template = templates.get(type);
      if (template !== undefined) return [type, template];
    }
  }
  const json = templates.get('application/json');
  if (json !== undefined || templates.size === 0) return ['application/json', json];
  const [first] = templates;
  return first;
}

/** `x-amzn-RequestId` and `x-amz-apigw-id` on every response; X-Amzn-Trace-Id is never added for MOCK and HTTP_PROXY (§1 R1). */
export function addRequestIds(headers: FlatHeaders, ctx: RequestContext): void {
  headers.push('x-amzn-RequestId', ctx.requestId, 'x-amz-apigw-id', ctx.extendedRequestId);
}

/** Releases an upstream body that will not be sent (the request failed after the integration answered). */
export function discardEndpointBody(ctx: RequestContext): void {
  const body = ctx.endpointResponse?.body;
  // Destroying an unread undici body emits 'error'; without a listener that would crash the process.
  if (body !== undefined && typeof body !== 'string' && !Buffer.isBuffer(body)) (body as Readable).once('error', () => undefined).destroy();
}
