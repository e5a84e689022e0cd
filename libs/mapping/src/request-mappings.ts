import type { IntegrationType } from '@tollgate/model';
import { evaluateJsonPath, jsonValueToText } from './json-path';
import { MappingCompileError, MappingError } from './mapping-error';
import { bodyText, parseBodyJson } from './request-body-json';
import {
  findHeader, parseParameterSource, readContext, readsBody, type MappingContext, type ParameterSource,
} from './parameter-source';
import { isIllegalMappedHeader } from './header-rules';
import { own, setOwn } from './own-property';

export type RequestTargetLocation = 'header' | 'multivalueheader' | 'querystring' | 'multivaluequerystring' | 'path';

interface RequestMapping {
  readonly location: RequestTargetLocation;
  readonly name: string;
  readonly source: ParameterSource;
  /** Mapping this header makes AWS answer 500 (AWS-BEHAVIOUR.md §2, "illegal header mapping"). */
  readonly illegal: boolean;
}

/** `integration.requestParameters` compiled once per snapshot. */
export interface CompiledRequestMappings {
  readonly mappings: readonly RequestMapping[];
  /** True when a source reads the body: only then must the caller buffer it before evaluating. */
  readonly usesBody: boolean;
}

export interface CompileRequestMappingsOptions {
  /** Default HTTP. AWS and AWS_PROXY forbid more header names (Authorization, Connection, ...). */
  readonly integrationType?: IntegrationType;
  /**
   * The method's `requestParameters` (`method.request.header.x` -> required). When given, sources
   * reading an undeclared path/querystring/header parameter are refused, as PutIntegration does.
   */
  readonly methodRequestParameters?: Readonly<Record<string, boolean>>;
}

/** What a request reads from: the method request as parsed, `$context` and stage variables. */
export interface RequestMappingSource {
  readonly pathParameters: Readonly<Record<string, string>>;
  /** URL-decoded values in arrival order (`querystring.x` is the last one). */
  readonly multiValueQueryStringParameters: Readonly<Record<string, readonly string[]>>;
  /** Values in arrival order, keyed by the client's own spelling of each name (lookups ignore case). */
  readonly multiValueHeaders: Readonly<Record<string, readonly string[]>>;
  /** Needed only when `usesBody`. */
  readonly body?: string | Uint8Array;
  readonly context: MappingContext;
  readonly stageVariables: Readonly<Record<string, string>>;
}

/** Mapped integration request parameters; header and query names keep the target's spelling. */
export interface MappedRequestParameters {
  readonly header: Record<string, string[]>;
  readonly querystring: Record<string, string[]>;
  readonly path: Record<string, string>;
}

const TARGET = /^integration\.request\.(header|multivalueheader|querystring|multivaluequerystring|path)\.([^\s]+)$/;
const DECLARED_AS: Readonly<Record<string, readonly string[]>> = {
  path: ['path'],
  querystring: ['querystring', 'multivaluequerystring'],
  multivaluequerystring: ['multivaluequerystring', 'querystring'],
  header: ['header', 'multivalueheader'],
  multivalueheader: ['multivalueheader', 'header'],
};

/** Throws MappingCompileError (AWS's PutIntegration wording) listing every invalid entry. */
export function compileRequestMappings(
  requestParameters: Readonly<Record<string, string>> | undefined,
  options: CompileRequestMappingsOptions = {},
): CompiledRequestMappings {
  const integrationType = options.integrationType ?? 'HTTP';
  const mappings: RequestMapping[] = [];
  const errors: string[] = [];
  for (const [target, expression] of Object.entries(requestParameters ?? {})) {
    const match = TARGET.exec(target);
    if (!match) {
      errors.push(`Invalid mapping expression specified: ${target}`);
      continue;
    }
    const source = typeof expression === 'string' ? parseParameterSource(expression, 'request') : undefined;
    if (!source || !isDeclared(source, options.methodRequestParameters)) {
      errors.push(`Invalid mapping expression parameter specified: ${String(expression)}`);
      continue;
    }
    const location = match[1] as RequestTargetLocation;
    const name = match[2];
    const isHeader = location === 'header' || location === 'multivalueheader';
    mappings.push({ location, name, source, illegal: isHeader && isIllegalMappedHeader(name, integrationType) });
  }
  if (errors.length > 0) throw MappingCompileError.forExpressions(errors);
  return { mappings, usesBody: mappings.some((mapping) => readsBody(mapping.source)) };
}

function isDeclared(source: ParameterSource, declared: Readonly<Record<string, boolean>> | undefined): boolean {
  if (!declared) return true;
  const locations = DECLARED_AS[source.kind];
  if (!locations || !('name' in source)) return true;
  return locations.some((location) => `method.request.${location}.${source.name}` in declared);
}

/**
 * Evaluates the mappings for one request. Empty or missing values are skipped. Throws MappingError
 * INVALID_JSON_BODY (400) for a JSON-looking body that is not JSON, ILLEGAL_HEADER (500) for a value
 * mapped onto a reserved header.
 */
export function evaluateRequestMappings(compiled: CompiledRequestMappings, source: RequestMappingSource): MappedRequestParameters {
  const result: MappedRequestParameters = { header: {}, querystring: {}, path: {} };
  let text: string | undefined;
  let json: unknown;
  for (const mapping of compiled.mappings) {
    let value: string | readonly string[] | undefined;
    const from = mapping.source;
    if (from.kind === 'body' || from.kind === 'bodyPath') {
      if (text === undefined) {
        text = bodyText(source.body);
        json = parseBodyJson(text, 'throw');
      }
      value = from.kind === 'body' ? text : jsonValueToText(evaluateJsonPath(from.path, json));
    } else {
      value = readRequestValue(from, source);
    }
    if (value === undefined || value.length === 0) continue;
    if (mapping.illegal) throw new MappingError('ILLEGAL_HEADER', `${mapping.name} header cannot be mapped`);
    assign(result, mapping.location, mapping.name, value);
  }
  return result;
}

function readRequestValue(from: ParameterSource, source: RequestMappingSource): string | readonly string[] | undefined {
  switch (from.kind) {
    case 'static': return from.value;
    case 'context': return readContext(source.context, from.path);
    case 'stageVariable': return own(source.stageVariables, from.name);
    case 'path': return own(source.pathParameters, from.name);
    case 'querystring': return last(own(source.multiValueQueryStringParameters, from.name));
    case 'multivaluequerystring': return own(source.multiValueQueryStringParameters, from.name);
    case 'header': return last(findHeader(source.multiValueHeaders, from.name));
    case 'multivalueheader': return joined(findHeader(source.multiValueHeaders, from.name));
    default: return undefined;
  }
}

function last(values: readonly string[] | undefined): string | undefined {
  return values === undefined || values.length === 0 ? undefined : values[values.length - 1];
}

function joined(values: readonly string[] | undefined): string | undefined {
  return values === undefined ? undefined : values.join(',');
}

// A list (multivaluequerystring) stays a list for query strings and multi-value targets and is
// joined with ',' for single headers and path parameters.
function assign(result: MappedRequestParameters, location: RequestTargetLocation, name: string, value: string | readonly string[]): void {
  const list = typeof value === 'string' ? [value] : [...value];
  switch (location) {
    case 'header': setOwn(result.header, name, [list.join(',')]); break;
    case 'multivalueheader': setOwn(result.header, name, list); break;
    case 'querystring':
    case 'multivaluequerystring': setOwn(result.querystring, name, list); break;
    case 'path': setOwn(result.path, name, list.join(',')); break;
  }
}
