import type { SnapshotIntegrationResponse } from '@tollgate/model';
import {
  compileIntegrationResponses as compileWithMapping,
  type CompiledIntegrationResponse,
  type CompiledIntegrationResponses,
} from '@tollgate/mapping';
import { compileTemplate, type CompiledTemplate } from '@tollgate/vtl';
import { isStaticTemplate } from '../templates/render-template';

/** One response template, compiled once per snapshot. */
export interface ResponseTemplate {
  readonly compiled: CompiledTemplate;
  /** The output when the template cannot depend on the request (no `$` or `#`): no rendering needed. */
  readonly staticOutput: string | undefined;
}

/** Integration responses of an HTTP or MOCK method: full-match selection patterns, default, mappings, templates. */
export type IntegrationResponseSelector = CompiledIntegrationResponses<ResponseTemplate>;
export type SelectedIntegrationResponse = CompiledIntegrationResponse<ResponseTemplate>;

/**
 * Compiles once per snapshot (libs/mapping for patterns and parameter mappings, libs/vtl for templates).
 * Throws MappingCompileError / VtlCompileError; the snapshot compile then marks only this method unavailable.
 * The selection value is the endpoint status code (HTTP and MOCK; AWS-BEHAVIOUR.md §1).
 */
export function compileIntegrationResponses(responses: Record<string, SnapshotIntegrationResponse> | undefined): IntegrationResponseSelector {
  return compileWithMapping({ type: 'HTTP', integrationResponses: responses ?? {} }, {
    compileTemplate: (source) => ({ compiled: compileTemplate(source), staticOutput: isStaticTemplate(source) ? source.trim() : undefined }),
  });
}

export { selectIntegrationResponse } from '@tollgate/mapping';
