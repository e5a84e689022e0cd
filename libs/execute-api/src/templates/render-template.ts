import { renderTemplate as renderVtl, VtlError, type CompiledTemplate, type RenderResult, type TemplateContext, type TemplateInput } from '@tollgate/vtl';
import type { ContextOverride, RequestContext } from '../pipeline/context';
import { GatewayError } from '../pipeline/gateway-error';
import { contextVariables } from './context-variables';

/**
 * Renders a mapping template compiled at snapshot load (the one seam where VTL plugs into the
 * pipeline). `$context` is the request's (built once, on first use) plus the overrides set so far, so a
 * response template sees what the request template put in `responseOverride`. A template that fails
 * or exceeds its time/size budget is a 500 (API_CONFIGURATION_ERROR), never a crash.
 */
export function renderMappingTemplate(template: CompiledTemplate, ctx: RequestContext, input: TemplateInput): RenderResult {
  try {
    return renderVtl(template, { input, context: templateContext(ctx), stageVariables: ctx.stageVariables });
  } catch (error) {
    if (error instanceof VtlError) throw new GatewayError('API_CONFIGURATION_ERROR', undefined, `mapping template failed: ${error.message}`);
    throw error;
  }
}

function templateContext(ctx: RequestContext): TemplateContext {
  const base = contextVariables(ctx);
  if (ctx.requestOverride === undefined && ctx.responseOverride === undefined && ctx.validationErrorString === undefined) return base;
  return {
    ...base,
    ...(ctx.requestOverride ? { requestOverride: overrideValue(ctx.requestOverride) } : {}),
    ...(ctx.responseOverride ? { responseOverride: overrideValue(ctx.responseOverride) } : {}),
    ...(ctx.validationErrorString !== undefined ? { error: { validationErrorString: ctx.validationErrorString } } : {}),
  };
}

function overrideValue(override: ContextOverride & { status?: number }): TemplateContext {
  const value: TemplateContext = { header: override.header, querystring: override.querystring, path: override.path };
  return override.status === undefined ? value : { ...value, status: override.status };
}

/** True when a template cannot depend on the request, so its output can be computed at snapshot load. */
export function isStaticTemplate(template: string): boolean {
  return !template.includes('$') && !template.includes('#');
}
