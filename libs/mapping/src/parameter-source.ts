import { compileJsonPath, type CompiledJsonPath } from './json-path';
import { own } from './own-property';

/** A parsed mapping source expression (the value side of requestParameters / responseParameters). */
export type ParameterSource =
  | { readonly kind: 'static'; readonly value: string }
  | { readonly kind: 'context'; readonly path: readonly string[] }
  | { readonly kind: 'stageVariable'; readonly name: string }
  | { readonly kind: 'path'; readonly name: string }
  | { readonly kind: 'querystring'; readonly name: string }
  | { readonly kind: 'multivaluequerystring'; readonly name: string }
  | { readonly kind: 'header'; readonly name: string; readonly lowerName: string }
  | { readonly kind: 'multivalueheader'; readonly name: string; readonly lowerName: string }
  | { readonly kind: 'body' }
  | { readonly kind: 'bodyPath'; readonly path: CompiledJsonPath };

export type ParameterSide = 'request' | 'response';

const PREFIX: Readonly<Record<ParameterSide, string>> = { request: 'method.request.', response: 'integration.response.' };
// Which locations each side may read: the method request has path/querystring, the endpoint response only headers.
const LOCATIONS: Readonly<Record<ParameterSide, ReadonlySet<string>>> = {
  request: new Set(['path', 'querystring', 'multivaluequerystring', 'header', 'multivalueheader']),
  response: new Set(['header', 'multivalueheader']),
};
const NAME = /^[^\s]+$/;
const CONTEXT = /^context\.([A-Za-z0-9_$-]+(?:\.[A-Za-z0-9_$-]+)*)$/;
const STAGE_VARIABLE = /^stageVariables\.([A-Za-z0-9_$-]+)$/;

/** Parses one source expression; undefined when AWS would call it an invalid mapping expression. */
export function parseParameterSource(expression: string, side: ParameterSide): ParameterSource | undefined {
  if (expression.length >= 2 && expression.startsWith("'") && expression.endsWith("'")) {
    return { kind: 'static', value: expression.slice(1, -1) };
  }
  const context = CONTEXT.exec(expression);
  if (context) return { kind: 'context', path: context[1].split('.') };
  const stageVariable = STAGE_VARIABLE.exec(expression);
  if (stageVariable) return { kind: 'stageVariable', name: stageVariable[1] };
  const prefix = PREFIX[side];
  if (!expression.startsWith(prefix)) return undefined;
  const rest = expression.slice(prefix.length);
  if (rest === 'body') return { kind: 'body' };
  if (rest.startsWith('body.')) {
    const path = compileJsonPath(rest.slice('body.'.length));
    return path ? { kind: 'bodyPath', path } : undefined;
  }
  const dot = rest.indexOf('.');
  if (dot === -1) return undefined;
  const location = rest.slice(0, dot);
  const name = rest.slice(dot + 1);
  if (!LOCATIONS[side].has(location) || !NAME.test(name)) return undefined;
  if (location === 'header' || location === 'multivalueheader') {
    return { kind: location, name, lowerName: name.toLowerCase() };
  }
  return { kind: location as 'path' | 'querystring' | 'multivaluequerystring', name };
}

/** True when the source reads the body (so the caller must buffer it before mapping). */
export function readsBody(source: ParameterSource): boolean {
  return source.kind === 'body' || source.kind === 'bodyPath';
}

/** A `$context` tree as the data plane builds it (plain JSON-like values). */
export type MappingContext = { readonly [key: string]: unknown };

/** `context.a.b`: scalar values only, as text; objects, lists and null are skipped. */
export function readContext(context: MappingContext, path: readonly string[]): string | undefined {
  let current: unknown = context;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  if (typeof current === 'string') return current;
  if (typeof current === 'number' || typeof current === 'boolean') return String(current);
  return undefined;
}

/**
 * Method request header lookup, ignoring case as HTTP does (AWS documents header names as case-insensitive
 * for HTTP API mappings; AWS-BEHAVIOUR.md §5 records LocalStack's case-sensitive lookup, which would make
 * `method.request.header.Authorization` map nothing for HTTP/2 clients, whose header names are lower case).
 * The exact spelling is found without a scan; values of names differing only in case are merged in order.
 */
export function findHeader(headers: Readonly<Record<string, readonly string[] | undefined>>, name: string): readonly string[] | undefined {
  const exact = own(headers, name);
  const lower = name.toLowerCase();
  let merged: string[] | undefined;
  for (const key of Object.keys(headers)) {
    if (key === name || key.toLowerCase() !== lower) continue;
    const values = headers[key];
    if (values) merged = [...(merged ?? exact ?? []), ...values];
  }
  return merged ?? exact;
}
