import { evaluateJsonPath, jsonValueToText } from './json-path';
import { MappingCompileError } from './mapping-error';
import { bodyText, parseBodyJson } from './request-body-json';
import { own, setOwn } from './own-property';
import { parseParameterSource, readContext, readsBody, type MappingContext, type ParameterSource } from './parameter-source';

interface ResponseMapping {
  /** The method response header name, as configured. */
  readonly name: string;
  readonly source: ParameterSource;
}

/** An integration response's `responseParameters`, compiled once per snapshot. */
export interface CompiledResponseMappings {
  readonly mappings: readonly ResponseMapping[];
  /** True when a source reads the endpoint body (the caller must buffer it). */
  readonly usesBody: boolean;
}

export interface CompileResponseMappingsOptions {
  /**
   * The method response's `responseParameters` (`method.response.header.x` -> required). When given,
   * targets it does not declare are refused, as PutIntegrationResponse does.
   */
  readonly methodResponseParameters?: Readonly<Record<string, boolean>>;
}

/** What a response mapping reads: the endpoint response, `$context` and stage variables. */
export interface ResponseMappingSource {
  /** Endpoint response headers (undici/Node style: lower-cased names, string or list values). */
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** Needed only when `usesBody`. */
  readonly body?: string | Uint8Array;
  readonly context: MappingContext;
  readonly stageVariables: Readonly<Record<string, string>>;
}

const TARGET = /^method\.response\.header\.([^\s]+)$/;

/** Throws MappingCompileError (AWS's PutIntegrationResponse wording) listing every invalid entry. */
export function compileResponseMappings(
  responseParameters: Readonly<Record<string, string>> | undefined,
  options: CompileResponseMappingsOptions = {},
): CompiledResponseMappings {
  const mappings: ResponseMapping[] = [];
  const errors: string[] = [];
  for (const [target, expression] of Object.entries(responseParameters ?? {})) {
    const match = TARGET.exec(target);
    if (!match) {
      errors.push(`Invalid mapping expression specified: ${target}`);
      continue;
    }
    if (options.methodResponseParameters && !(target in options.methodResponseParameters)) {
      errors.push(`Invalid mapping expression parameter specified: ${target}`);
      continue;
    }
    const source = typeof expression === 'string' ? parseParameterSource(expression, 'response') : undefined;
    if (!source) {
      errors.push(`Invalid mapping expression parameter specified: ${String(expression)}`);
      continue;
    }
    mappings.push({ name: match[1], source });
  }
  if (errors.length > 0) throw MappingCompileError.forExpressions(errors);
  return { mappings, usesBody: mappings.some((mapping) => readsBody(mapping.source)) };
}

/**
 * Method response headers for one response (header name -> value). Empty or missing values are
 * skipped; a body that is not JSON simply yields nothing for `integration.response.body.<path>`.
 */
export function evaluateResponseMappings(compiled: CompiledResponseMappings, source: ResponseMappingSource): Record<string, string> {
  const result: Record<string, string> = {};
  let text: string | undefined;
  let json: unknown;
  for (const { name, source: from } of compiled.mappings) {
    let value: string | undefined;
    switch (from.kind) {
      case 'static': value = from.value; break;
      case 'context': value = readContext(source.context, from.path); break;
      case 'stageVariable': value = own(source.stageVariables, from.name); break;
      case 'header': {
        const values = responseHeader(source.headers, from.name, from.lowerName);
        value = values === undefined ? undefined : values[values.length - 1];
        break;
      }
      case 'multivalueheader': value = responseHeader(source.headers, from.name, from.lowerName)?.join(','); break;
      case 'body':
      case 'bodyPath':
        if (text === undefined) {
          text = bodyText(source.body);
          json = parseBodyJson(text, 'skip');
        }
        value = from.kind === 'body' ? text : jsonValueToText(evaluateJsonPath(from.path, json));
        break;
      default: value = undefined;
    }
    if (value !== undefined && value !== '') setOwn(result, name, value);
  }
  return result;
}

function responseHeader(
  headers: Readonly<Record<string, string | readonly string[] | undefined>>, name: string, lowerName: string,
): readonly string[] | undefined {
  let value = own(headers, name) ?? own(headers, lowerName);
  if (value === undefined) {
    for (const key in headers) {
      if (key.toLowerCase() === lowerName) {
        value = headers[key];
        break;
      }
    }
  }
  if (value === undefined) return undefined;
  return typeof value === 'string' ? [value] : value.length === 0 ? undefined : value;
}
