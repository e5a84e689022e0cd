import type { ContentHandling, IntegrationType, SnapshotIntegration } from '@tollgate/model';
import {
  compileRequestMappings, compileRequestTemplates, type CompiledRequestMappings, type CompiledRequestTemplates,
} from '@tollgate/mapping';
import { compileTemplate, type CompiledTemplate } from '@tollgate/vtl';
import { mockStatusCode } from '../integrations/mock-status-code';
import { isStaticTemplate } from '../templates/render-template';

/** One request template, compiled once per snapshot. */
export interface RequestTemplate {
  readonly compiled: CompiledTemplate;
  /** The output when the template cannot depend on the request (no `$` or `#`): no rendering needed. */
  readonly staticOutput: string | undefined;
  /** MOCK only: the statusCode of a static template, precomputed (undefined if it holds none). */
  readonly staticStatusCode: number | undefined;
}

/**
 * The request side of a non-proxy method (HTTP, MOCK), compiled at snapshot load: template table,
 * passthrough behaviour, parameter mappings, content handling. Requests only read it.
 */
export interface RequestPlan {
  readonly templates: CompiledRequestTemplates<RequestTemplate>;
  readonly mappings: CompiledRequestMappings;
  /** True when a mapping reads `context.*`: only then is `$context` built for the mappings. */
  readonly mappingsUseContext: boolean;
  readonly contentHandling: ContentHandling | undefined;
  readonly binaryMediaTypes: readonly string[];
}

/** Throws (MappingCompileError, VtlCompileError) on configuration the snapshot compiler should have refused. */
export function compileRequestPlan(integration: SnapshotIntegration, binaryMediaTypes: readonly string[]): RequestPlan {
  const isMock = integration.type === 'MOCK';
  const templates = compileRequestTemplates<RequestTemplate>(integration, (source) => {
    const compiled = compileTemplate(source);
    const staticOutput = isStaticTemplate(source) ? source.trim() : undefined;
    return { compiled, staticOutput, staticStatusCode: isMock && staticOutput !== undefined ? mockStatusCode(staticOutput) : undefined };
  });
  // Undeclared method.request.* sources are the control plane's to refuse; here they just read nothing.
  const mappings = compileRequestMappings(integration.requestParameters, { integrationType: integration.type });
  return {
    templates,
    mappings,
    mappingsUseContext: mappings.mappings.some((mapping) => mapping.source.kind === 'context'),
    contentHandling: integration.contentHandling,
    binaryMediaTypes,
  };
}

/** Request-side mappings for HTTP_PROXY: header and query mappings merged into the passthrough request. */
export function compileProxyMappings(integrationType: IntegrationType, requestParameters: Record<string, string> | undefined): CompiledRequestMappings | undefined {
  const entries = Object.entries(requestParameters ?? {}).filter(([target]) => !target.startsWith('integration.request.path.'));
  if (entries.length === 0) return undefined;
  return compileRequestMappings(Object.fromEntries(entries), { integrationType });
}
