import {
  applyRequestOverride, convertRequestBody, evaluateRequestMappings, MappingError, payloadTextForTemplate, selectRequestTemplate,
  type MappedRequestParameters, type Payload,
} from '@tollgate/mapping';
import { createTemplateInput } from '@tollgate/vtl';
import type { IntegrationType } from '@tollgate/model';
import type { RequestPlan, RequestTemplate } from '../compile/request-plan';
import { methodRequestParameters } from '../http/method-request';
import { checkDeclaredLength, requestBody } from '../http/request-body';
import { GatewayError } from '../pipeline/gateway-error';
import type { RequestContext } from '../pipeline/context';
import { renderMappingTemplate } from '../templates/render-template';
import { contextVariables } from '../templates/context-variables';

/** The request side of a non-proxy integration after templates, mappings and overrides. */
export interface MappedRequest {
  /** Integration request parameters with requestOverride applied. */
  readonly parameters: MappedRequestParameters;
  /** The rendered template, or the (content-converted) body when it passes through; undefined = none read. */
  readonly body: string | Payload | undefined;
  /** The selected template, undefined for passthrough. */
  readonly template: RequestTemplate | undefined;
}

const NO_PARAMETERS: MappedRequestParameters = Object.freeze({ header: {}, querystring: {}, path: {} });
const NO_CONTEXT = Object.freeze({});

/**
 * Template selection by Content-Type with passthroughBehavior (415), content handling, parameter
 * mappings and the request template (AWS-BEHAVIOUR.md §1 row 7, §5, §11). The body is read only when
 * a dynamic template, a passthrough or a body mapping needs it; then this returns a promise.
 */
export function mapNonProxyRequest(
  ctx: RequestContext, plan: RequestPlan, integrationType: IntegrationType, useMappings: boolean,
): MappedRequest | Promise<MappedRequest> {
  checkDeclaredLength(ctx);
  const selection = selectRequestTemplate(plan.templates, ctx.req.headers['content-type']);
  if (selection.kind === 'unsupportedMediaType') throw new GatewayError('UNSUPPORTED_MEDIA_TYPE');
  const template = selection.kind === 'template' ? selection.template : undefined;
  const needsBody = template === undefined || template.staticOutput === undefined || (useMappings && plan.mappings.usesBody);
  if (!needsBody) return finish(ctx, plan, integrationType, useMappings, template, undefined);
  const body = requestBody(ctx);
  if (Buffer.isBuffer(body)) return finish(ctx, plan, integrationType, useMappings, template, body);
  return body.then((read) => finish(ctx, plan, integrationType, useMappings, template, read));
}

function finish(
  ctx: RequestContext, plan: RequestPlan, integrationType: IntegrationType, useMappings: boolean,
  template: RequestTemplate | undefined, body: Buffer | undefined,
): MappedRequest {
  try {
    const payload = body === undefined ? undefined : convertRequestBody({
      body, contentType: ctx.req.headers['content-type'], binaryMediaTypes: plan.binaryMediaTypes, contentHandling: plan.contentHandling,
    });
    const mapped = useMappings && plan.mappings.mappings.length > 0 ? evaluate(ctx, plan, payload) : NO_PARAMETERS;
    if (template === undefined) {
      return { parameters: mapped, body: payload, template: undefined };
    }
    const output = template.staticOutput ?? render(ctx, template, payload);
    const parameters = ctx.requestOverride === undefined ? mapped : applyRequestOverride(mapped, ctx.requestOverride, integrationType);
    return { parameters, body: output, template };
  } catch (error) {
    if (error instanceof MappingError) throw new GatewayError(error.responseType, error.message, error.detail);
    throw error;
  }
}

function evaluate(ctx: RequestContext, plan: RequestPlan, payload: Payload | undefined): MappedRequestParameters {
  const request = methodRequestParameters(ctx);
  return evaluateRequestMappings(plan.mappings, {
    pathParameters: ctx.pathParameters,
    multiValueQueryStringParameters: request.multiValueQueryStringParameters,
    multiValueHeaders: request.multiValueHeaders,
    body: payload === undefined ? undefined : payload.kind === 'text' ? payload.text : payload.bytes,
    context: plan.mappingsUseContext ? contextVariables(ctx) : NO_CONTEXT,
    stageVariables: ctx.stageVariables,
  });
}

/** Renders the template and keeps what it set on `$context.requestOverride` / `responseOverride`. */
function render(ctx: RequestContext, template: RequestTemplate, payload: Payload | undefined): string {
  const request = methodRequestParameters(ctx);
  const input = createTemplateInput({
    body: payload === undefined ? '' : payloadTextForTemplate(payload),
    pathParameters: ctx.pathParameters,
    queryStringParameters: request.queryStringParameters,
    headers: request.headers,
  });
  const { output, overrides } = renderMappingTemplate(template.compiled, ctx, input);
  const requestOverride = overrides.requestOverride;
  if (hasEntries(requestOverride.header) || hasEntries(requestOverride.querystring) || hasEntries(requestOverride.path)) {
    ctx.requestOverride = requestOverride;
  }
  const responseOverride = overrides.responseOverride;
  if (responseOverride.status !== undefined || hasEntries(responseOverride.header)) {
    ctx.responseOverride = { header: responseOverride.header, querystring: {}, path: {}, ...(responseOverride.status !== undefined ? { status: responseOverride.status } : {}) };
  }
  return output;
}

function hasEntries(record: Readonly<Record<string, string>>): boolean {
  for (const _ in record) return true;
  return false;
}
