/**
 * An integration URI compiled once per snapshot: `http://host/pets/{id}?x=${stageVariables.y}`
 * becomes literal text plus placeholders, so a request only concatenates.
 */
export type UriPart = string | { readonly kind: 'path'; readonly name: string } | { readonly kind: 'stageVariable'; readonly name: string };

export interface CompiledUri {
  /** `scheme://host[:port]` when it has no placeholders; otherwise undefined and resolved per request. */
  readonly staticOrigin: string | undefined;
  /** The parts after the origin (path and query) when the origin is static; the whole URI otherwise. */
  readonly parts: readonly UriPart[];
  readonly hasQuery: boolean;
}

export class UriTemplateError extends Error {
  override readonly name = 'UriTemplateError';
}

const PLACEHOLDER = /\$\{stageVariables\.([A-Za-z0-9_]+)\}|\{([A-Za-z0-9._-]+)\+?\}/g;

export function compileUri(uri: string): CompiledUri {
  const schemeEnd = uri.indexOf('://');
  const firstPlaceholder = uri.indexOf('{');
  if (firstPlaceholder !== -1 && (schemeEnd === -1 || firstPlaceholder < schemeEnd)) {
    // e.g. `${stageVariables.backend}/path`: scheme and host are only known per request.
    return { staticOrigin: undefined, parts: splitParts(uri), hasQuery: uri.includes('?') };
  }
  if (schemeEnd <= 0) throw new UriTemplateError(`Invalid integration URI '${uri}': it must be an absolute http(s) URL`);
  const pathStart = uri.indexOf('/', schemeEnd + 3);
  const origin = pathStart === -1 ? uri : uri.slice(0, pathStart);
  const rest = pathStart === -1 ? '/' : uri.slice(pathStart);
  if (!origin.includes('{')) {
    const url = parseHttpUrl(origin, uri);
    return { staticOrigin: url.origin, parts: splitParts(rest), hasQuery: rest.includes('?') };
  }
  return { staticOrigin: undefined, parts: splitParts(uri), hasQuery: rest.includes('?') };
}

export function parseHttpUrl(value: string, uri: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UriTemplateError(`Invalid integration URI '${uri}'`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UriTemplateError(`Invalid integration URI '${uri}': only http and https are supported`);
  }
  return url;
}

function splitParts(text: string): UriPart[] {
  const parts: UriPart[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(match[1] !== undefined ? { kind: 'stageVariable', name: match[1] } : { kind: 'path', name: match[2] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** Concatenates the parts; a missing value becomes '' like AWS. Values are inserted raw (already encoded). */
export function renderUri(
  parts: readonly UriPart[], pathValue: (name: string) => string | undefined, stageVariables: Readonly<Record<string, string>>,
): string {
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (typeof part === 'string') out += part;
    else if (part.kind === 'path') out += pathValue(part.name) ?? '';
    else out += stageVariables[part.name] ?? '';
  }
  return out;
}
