import { isMap, mapGet, mapPut, newMap, VtlMap } from './values/collections';
import { JavaDouble } from './values/java-number';
import { toText } from './values/java-text';

/** A JSON-like value in `$context` (authorizer values, identity, error, ...). */
export type ContextValue =
  | string | number | boolean | null | undefined
  | readonly ContextValue[]
  | { readonly [key: string]: ContextValue };

/**
 * `$context` as built by the caller (accountId, apiId, requestId, identity, authorizer, error, ...).
 * It is read-only for templates, except `requestOverride` and `responseOverride`.
 */
export type TemplateContext = { readonly [key: string]: ContextValue };

/** What the template wrote into `$context.requestOverride` / `$context.responseOverride`. */
export interface TemplateOverrides {
  readonly requestOverride: {
    readonly header: Record<string, string>;
    readonly querystring: Record<string, string>;
    readonly path: Record<string, string>;
  };
  readonly responseOverride: {
    readonly header: Record<string, string>;
    readonly status?: number;
  };
}

/**
 * A shallow copy of the caller's context with fresh, writable override maps. Overrides already in the
 * caller's context (e.g. set by the request template) are copied in, so the response phase sees them.
 */
export function buildTemplateContext(context: TemplateContext | undefined): VtlMap {
  const copy = newMap();
  if (context) for (const key of Object.keys(context)) mapPut(copy, key, context[key]);
  const request = mapGet(copy, 'requestOverride');
  const response = mapGet(copy, 'responseOverride');
  const requestOverride = newMap();
  for (const part of ['header', 'querystring', 'path']) {
    mapPut(requestOverride, part, copyEntries(isMap(request) ? mapGet(request, part) : undefined));
  }
  const responseOverride = newMap();
  mapPut(responseOverride, 'header', copyEntries(isMap(response) ? mapGet(response, 'header') : undefined));
  if (isMap(response) && mapGet(response, 'status') !== undefined) {
    mapPut(responseOverride, 'status', mapGet(response, 'status'));
  }
  mapPut(copy, 'requestOverride', requestOverride);
  mapPut(copy, 'responseOverride', responseOverride);
  return copy;
}

export function collectOverrides(context: VtlMap): TemplateOverrides {
  const request = mapGet(context, 'requestOverride');
  const response = mapGet(context, 'responseOverride');
  const part = (owner: unknown, name: string) => stringRecord(isMap(owner) ? mapGet(owner, name) : undefined);
  const status = toStatus(isMap(response) ? mapGet(response, 'status') : undefined);
  return {
    requestOverride: {
      header: part(request, 'header'),
      querystring: part(request, 'querystring'),
      path: part(request, 'path'),
    },
    responseOverride: status === undefined
      ? { header: part(response, 'header') }
      : { header: part(response, 'header'), status },
  };
}

function copyEntries(source: unknown): VtlMap {
  const map = newMap();
  if (isMap(source)) for (const key of Object.keys(source)) mapPut(map, key, source[key]);
  return map;
}

function stringRecord(source: unknown): Record<string, string> {
  const record: Record<string, string> = {};
  if (!isMap(source)) return record;
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (value === null || value === undefined) continue;
    Object.defineProperty(record, key, { value: toText(value), enumerable: true, writable: true, configurable: true });
  }
  return record;
}

function toStatus(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (value instanceof JavaDouble && Number.isInteger(value.value)) return value.value;
  if (typeof value === 'string' && /^\d{3}$/.test(value.trim())) return Number(value.trim());
  return undefined;
}
