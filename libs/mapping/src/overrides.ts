import type { IntegrationType } from '@tollgate/model';
import { isIllegalMappedHeader } from './header-rules';
import { MappingError } from './mapping-error';
import { setOwn } from './own-property';
import type { MappedRequestParameters } from './request-mappings';

/** `$context.requestOverride` as a template left it (see @tollgate/vtl's TemplateOverrides). */
export interface RequestOverride {
  readonly header: Readonly<Record<string, string>>;
  readonly querystring: Readonly<Record<string, string>>;
  readonly path: Readonly<Record<string, string>>;
}

/** `$context.responseOverride` as a template left it. */
export interface ResponseOverride {
  readonly header: Readonly<Record<string, string>>;
  readonly status?: number;
}

/**
 * requestOverride wins over parameter mappings: a header replaces the mapped one of the same name
 * (ignoring case), a query string or path parameter replaces the mapped one. Reserved header names
 * are refused like mapped ones (MappingError ILLEGAL_HEADER, 500).
 */
export function applyRequestOverride(
  mapped: MappedRequestParameters, override: RequestOverride | undefined, integrationType: IntegrationType,
): MappedRequestParameters {
  if (!override) return mapped;
  const header = { ...mapped.header };
  for (const [name, value] of Object.entries(override.header)) {
    if (isIllegalMappedHeader(name, integrationType)) throw new MappingError('ILLEGAL_HEADER', `${name} header cannot be overridden`);
    deleteIgnoringCase(header, name);
    setOwn(header, name, [value]);
  }
  const querystring = { ...mapped.querystring };
  for (const [name, value] of Object.entries(override.querystring)) setOwn(querystring, name, [value]);
  const path = { ...mapped.path };
  for (const [name, value] of Object.entries(override.path)) setOwn(path, name, value);
  return { header, querystring, path };
}

export interface MethodResponseParts {
  readonly statusCode: number;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * responseOverride wins over the selected integration response: `status` only when it is an integer
 * from 100 to 599 (anything else is ignored, as AWS does), headers replace same-named ones ignoring case.
 */
export function applyResponseOverride(response: MethodResponseParts, override: ResponseOverride | undefined): MethodResponseParts {
  if (!override) return response;
  const status = override.status;
  const statusCode = typeof status === 'number' && Number.isInteger(status) && status >= 100 && status <= 599 ? status : response.statusCode;
  const headers: Record<string, string> = { ...response.headers };
  for (const [name, value] of Object.entries(override.header)) {
    deleteIgnoringCase(headers, name);
    setOwn(headers, name, value);
  }
  return { statusCode, headers };
}

function deleteIgnoringCase(record: Record<string, unknown>, name: string): void {
  const lower = name.toLowerCase();
  for (const key of Object.keys(record)) {
    if (key.toLowerCase() === lower) delete record[key];
  }
}
