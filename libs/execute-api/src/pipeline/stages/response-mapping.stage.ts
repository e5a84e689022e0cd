import type { Readable } from 'node:stream';
import type { IntegrationType } from '@tollgate/model';
import {
  applyResponseOverride, convertResponseBody, evaluateResponseMappings, MappingError, payloadBytes, payloadTextForTemplate,
  remapResponseHeaders, selectResponseTemplate, type Payload, type ResponseOverride,
} from '@tollgate/mapping';
import { createTemplateInput } from '@tollgate/vtl';
import { selectIntegrationResponse, type IntegrationResponseSelector, type SelectedIntegrationResponse } from '../../compile/integration-responses';
import { ALWAYS_REMAPPED, PROXY_RESPONSE_DROPPED } from '../../http/header-rules';
import { methodRequestParameters } from '../../http/method-request';
import { traceId } from '../../http/trace-id';
import { contextVariables } from '../../templates/context-variables';
import { renderMappingTemplate } from '../../templates/render-template';
import { GatewayError } from '../gateway-error';
import type { EndpointResponse, FlatHeaders, RequestContext } from '../context';
import { readEndpointBody } from '../../http/read-endpoint-body';

/**
 * Turns the endpoint response into the method response. HTTP_PROXY: passed through, body still a stream,
 * with AWS's header drops and renames. HTTP and MOCK: the integration response selected by full-match
 * regex on the status code (else the default; none is 500), method.response.header mappings, the
 * response template chosen by Accept (VTL, `$input` = the endpoint body), responseOverride, reserved
 * headers remapped to `x-amzn-Remapped-*`, binary content handling (AWS-BEHAVIOUR.md §1 rows 9-10, R1, §11).
 */
export function responseMappingStage(ctx: RequestContext): void | Promise<void> {
  const endpoint = ctx.endpointResponse;
  const plan = ctx.compiledMethod;
  if (!endpoint || !plan) throw new GatewayError('API_CONFIGURATION_ERROR', undefined, 'no endpoint response');
  if (plan.kind === 'HTTP_PROXY') {
    const headers = proxyResponseHeaders(endpoint);
    addRequestIds(headers, ctx);
    ctx.response = { statusCode: endpoint.statusCode, headers, body: endpoint.body };
    return;
  }
  if (plan.kind === 'UNAVAILABLE' || !('responses' in plan)) {
    throw new GatewayError('API_CONFIGURATION_ERROR', undefined, 'unsupported integration');
  }
  const type: IntegrationType = plan.kind === 'MOCK' ? 'MOCK' : 'HTTP';
  const selected = select(plan.responses, endpoint);
  const body = endpoint.body;
  if (typeof body === 'string' || Buffer.isBuffer(body)) {
    mapResponse(ctx, type, selected, endpoint, body);
    return;
  }
  if (!needsBody(ctx, selected)) {
    // Nothing reads the body and it needs no conversion: stream it through unbuffered.
    mapResponse(ctx, type, selected, endpoint, undefined);
    return;
  }
  return readEndpointBody(body as Readable).then((buffered) => mapResponse(ctx, type, selected, endpoint, buffered));
}

function select(responses: IntegrationResponseSelector, endpoint: EndpointResponse): SelectedIntegrationResponse {
  const selected = selectIntegrationResponse(responses, String(endpoint.statusCode));
  if (!selected) throw new GatewayError('API_CONFIGURATION_ERROR', undefined, `no integration response matches status ${endpoint.statusCode}`);
  return selected;
}

function needsBody(ctx: RequestContext, selected: SelectedIntegrationResponse): boolean {
  return selected.templates.entries.length > 0 || selected.parameters.usesBody || selected.contentHandling !== undefined
    || (ctx.stage?.snapshot.binaryMediaTypes.length ?? 0) > 0;
}

/** `body` undefined = the endpoint stream passes through as it is. */
function mapResponse(ctx: RequestContext, type: IntegrationType, selected: SelectedIntegrationResponse, endpoint: EndpointResponse, body: string | Buffer | undefined): void {
  try {
    const accept = ctx.req.headers.accept;
    const payload = body === undefined ? undefined : convertResponseBody({
      body, contentType: headerText(endpoint.headers['content-type']), accept,
      binaryMediaTypes: ctx.stage?.snapshot.binaryMediaTypes ?? [], contentHandling: selected.contentHandling,
    });
    const mapped = selected.parameters.mappings.length === 0 ? {} : evaluateResponseMappings(selected.parameters, {
      headers: endpoint.headers, body: payload && (payload.kind === 'text' ? payload.text : payload.bytes),
      context: contextVariables(ctx), stageVariables: ctx.stageVariables,
    });
    const choice = selectResponseTemplate(selected.templates, accept);
    let override: ResponseOverride | undefined = ctx.responseOverride;
    let out: string | Buffer | Readable;
    if (choice === undefined) {
      out = payload === undefined ? (endpoint.body as Readable) : toBuffer(payload);
    } else if (choice.template.staticOutput !== undefined) {
      out = choice.template.staticOutput;
    } else {
      const text = payload === undefined ? '' : payloadTextForTemplate(payload);
      const request = methodRequestParameters(ctx);
      const input = createTemplateInput({ body: text, pathParameters: ctx.pathParameters, queryStringParameters: request.queryStringParameters, headers: request.headers });
      const rendered = renderMappingTemplate(choice.template.compiled, ctx, input);
      out = rendered.output;
      override = rendered.overrides.responseOverride;
    }
    const final = applyResponseOverride({ statusCode: selected.status, headers: mapped }, override);
    const headers = flatten(remapResponseHeaders(final.headers, type));
    if (!hasHeader(headers, 'content-type')) headers.push('Content-Type', choice?.contentType ?? 'application/json');
    addRequestIds(headers, ctx);
    // X-Amzn-Trace-Id is returned for integrations that reach a backend, never for MOCK (§1 R1).
    if (type !== 'MOCK') headers.push('X-Amzn-Trace-Id', traceId(ctx));
    ctx.response = { statusCode: final.statusCode, headers, body: out };
  } catch (error) {
    if (error instanceof MappingError) throw new GatewayError(error.responseType, error.message, error.detail ?? error.code);
    throw error;
  }
}

function toBuffer(payload: Payload): Buffer {
  if (payload.kind === 'text') return Buffer.from(payload.text, 'utf8');
  const bytes = payloadBytes(payload);
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[value.length - 1] : value;
}

function flatten(headers: Record<string, string | string[]>): FlatHeaders {
  const flat: FlatHeaders = [];
  for (const name in headers) {
    const value = headers[name];
    if (typeof value === 'string') flat.push(name, value);
    else for (const item of value) flat.push(name, item);
  }
  return flat;
}

function hasHeader(headers: FlatHeaders, lower: string): boolean {
  for (let i = 0; i < headers.length; i += 2) if (headers[i].toLowerCase() === lower) return true;
  return false;
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

/** `x-amzn-RequestId` and `x-amz-apigw-id` on every response, errors included (§1 R1). */
export function addRequestIds(headers: FlatHeaders, ctx: RequestContext): void {
  headers.push('x-amzn-RequestId', ctx.requestId, 'x-amz-apigw-id', ctx.extendedRequestId);
}

/** Releases an upstream body that will not be sent (the request failed after the integration answered). */
export function discardEndpointBody(ctx: RequestContext): void {
  const body = ctx.endpointResponse?.body;
  // Destroying an unread undici body emits 'error'; without a listener that would crash the process.
  if (body !== undefined && typeof body !== 'string' && !Buffer.isBuffer(body)) (body as Readable).once('error', () => undefined).destroy();
}
