import type { SnapshotIntegrationResponse } from '@tollgate/model';
import type { FlatHeaders } from '../pipeline/context';

/** One integration response, ready to apply: status parsed, static headers resolved, templates keyed. */
export interface CompiledIntegrationResponse {
  readonly statusCode: number;
  /** `method.response.header.X: "'v'"` pairs, resolved at load. */
  readonly staticHeaders: FlatHeaders;
  /** `method.response.header.X: "integration.response.header.Y"` pairs (Y lower-cased). */
  readonly mappedHeaders: readonly { readonly name: string; readonly from: string }[];
  /** content type (lower-cased) -> template text. */
  readonly templates: ReadonlyMap<string, string>;
}

export interface IntegrationResponseSelector {
  /** Non-empty selection patterns, compiled as full-match regexes (Java `matches`). */
  readonly patterns: readonly { readonly regex: RegExp; readonly response: CompiledIntegrationResponse }[];
  /** The response with an empty or absent selectionPattern. */
  readonly fallback: CompiledIntegrationResponse | undefined;
}

const HEADER_TARGET = 'method.response.header.';
const FROM_HEADER = 'integration.response.header.';

export function compileIntegrationResponses(responses: Record<string, SnapshotIntegrationResponse>): IntegrationResponseSelector {
  const patterns: { regex: RegExp; response: CompiledIntegrationResponse }[] = [];
  let fallback: CompiledIntegrationResponse | undefined;
  const ordered = Object.values(responses ?? {}).sort((a, b) => a.statusCode.localeCompare(b.statusCode));
  for (const response of ordered) {
    const compiled = compileResponse(response);
    if (response.selectionPattern) patterns.push({ regex: new RegExp(`^(?:${response.selectionPattern})$`, 's'), response: compiled });
    else fallback = compiled;
  }
  return { patterns, fallback };
}

/** Picks the integration response for a selection value (the status code string for HTTP and MOCK). */
export function selectIntegrationResponse(selector: IntegrationResponseSelector, value: string): CompiledIntegrationResponse | undefined {
  for (const { regex, response } of selector.patterns) {
    if (regex.test(value)) return response;
  }
  return selector.fallback;
}

function compileResponse(response: SnapshotIntegrationResponse): CompiledIntegrationResponse {
  const statusCode = Number(response.statusCode);
  if (!Number.isInteger(statusCode) || statusCode < 100 || statusCode > 599) {
    throw new Error(`integration response has an invalid statusCode '${response.statusCode}'`);
  }
  const staticHeaders: FlatHeaders = [];
  const mappedHeaders: { name: string; from: string }[] = [];
  for (const [target, source] of Object.entries(response.responseParameters ?? {})) {
    if (!target.startsWith(HEADER_TARGET)) continue;
    const name = target.slice(HEADER_TARGET.length);
    if (source.length >= 2 && source.startsWith("'") && source.endsWith("'")) staticHeaders.push(name, source.slice(1, -1));
    else if (source.startsWith(FROM_HEADER)) mappedHeaders.push({ name, from: source.slice(FROM_HEADER.length).toLowerCase() });
  }
  const templates = new Map<string, string>();
  for (const [contentType, template] of Object.entries(response.responseTemplates ?? {})) {
    templates.set(contentType.toLowerCase(), template);
  }
  return { statusCode, staticHeaders, mappedHeaders, templates };
}
