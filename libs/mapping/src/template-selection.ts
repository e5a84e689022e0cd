import type { PassthroughBehavior } from '@tollgate/model';
import { acceptedMediaTypes, mediaType } from './media-type';

/** A content-type -> template table, compiled once; `T` is whatever the caller compiles templates to. */
export interface TemplateTable<T> {
  /** Entries in configuration order; `mediaType` is the key without parameters, lower-cased. */
  readonly entries: readonly { readonly contentType: string; readonly mediaType: string; readonly template: T }[];
  readonly byMediaType: ReadonlyMap<string, { readonly contentType: string; readonly template: T }>;
}

/** Builds a table; `compile` runs once per template (e.g. @tollgate/vtl's compileTemplate). */
export function compileTemplateTable<T = string>(
  templates: Readonly<Record<string, string>> | undefined, compile?: (source: string) => T,
): TemplateTable<T> {
  const entries: { contentType: string; mediaType: string; template: T }[] = [];
  const byMediaType = new Map<string, { contentType: string; template: T }>();
  for (const [contentType, source] of Object.entries(templates ?? {})) {
    const template = compile ? compile(source) : (source as unknown as T);
    const key = mediaType(contentType);
    entries.push({ contentType, mediaType: key, template });
    // Two keys differing only in case or parameters: the first configured wins.
    if (!byMediaType.has(key)) byMediaType.set(key, { contentType, template });
  }
  return { entries, byMediaType };
}

export interface CompiledRequestTemplates<T> {
  readonly table: TemplateTable<T>;
  readonly passthroughBehavior: PassthroughBehavior;
}

export type RequestTemplateSelection<T> =
  | { readonly kind: 'template'; readonly contentType: string; readonly template: T }
  | { readonly kind: 'passthrough' }
  | { readonly kind: 'unsupportedMediaType' };

export function compileRequestTemplates<T = string>(
  integration: { readonly requestTemplates?: Readonly<Record<string, string>>; readonly passthroughBehavior?: PassthroughBehavior },
  compile?: (source: string) => T,
): CompiledRequestTemplates<T> {
  return {
    table: compileTemplateTable(integration.requestTemplates, compile),
    passthroughBehavior: integration.passthroughBehavior ?? 'WHEN_NO_MATCH',
  };
}

/**
 * The request template for the request's Content-Type (missing or empty = application/json; the media
 * type matches without parameters, ignoring case). Without a match: WHEN_NO_MATCH passes the body
 * through; WHEN_NO_TEMPLATES passes through only when no template is defined; NEVER refuses.
 * `unsupportedMediaType` means 415 UNSUPPORTED_MEDIA_TYPE.
 */
export function selectRequestTemplate<T>(compiled: CompiledRequestTemplates<T>, contentType: string | undefined): RequestTemplateSelection<T> {
  const key = mediaType(contentType) || 'application/json';
  const found = compiled.table.byMediaType.get(key);
  if (found) return { kind: 'template', contentType: found.contentType, template: found.template };
  switch (compiled.passthroughBehavior) {
    case 'WHEN_NO_MATCH': return { kind: 'passthrough' };
    case 'WHEN_NO_TEMPLATES': return compiled.table.entries.length === 0 ? { kind: 'passthrough' } : { kind: 'unsupportedMediaType' };
    default: return { kind: 'unsupportedMediaType' };
  }
}

/**
 * The response template for the client's Accept: the first listed media range that has a template
 * (`type/*` takes the first template of that type), else application/json, else the first template.
 * Undefined when the integration response has no templates. `contentType` is the template's key,
 * which becomes the response Content-Type.
 */
export function selectResponseTemplate<T>(
  table: TemplateTable<T>, accept: string | undefined,
): { readonly contentType: string; readonly template: T } | undefined {
  if (table.entries.length === 0) return undefined;
  for (const range of acceptedMediaTypes(accept)) {
    const exact = table.byMediaType.get(range);
    if (exact) return exact;
    if (range.endsWith('/*') && range !== '*/*') {
      const prefix = range.slice(0, -1);
      const entry = table.entries.find((candidate) => candidate.mediaType.startsWith(prefix));
      if (entry) return entry;
    }
  }
  return table.byMediaType.get('application/json') ?? table.entries[0];
}
