import { parseJsonValue } from '../json/parse-json';
import { queryJsonPath } from '../json/json-path';
import { mapPut, newMap, VtlMap } from '../values/collections';
import { HostObject } from '../values/host-object';
import { toJsonText, toText } from '../values/java-text';

/** The request data `$input` exposes. Query values are already URL-decoded; path values are not. */
export interface TemplateInputSource {
  /** The (already content-converted) payload. `$input.body` shows an empty one as `{}`; path/json see none. */
  readonly body: string;
  readonly pathParameters?: Readonly<Record<string, string>>;
  /** Last value of each query parameter. */
  readonly queryStringParameters?: Readonly<Record<string, string>>;
  readonly multiValueQueryStringParameters?: Readonly<Record<string, readonly string[]>>;
  /** Last value of each header, names as received. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly multiValueHeaders?: Readonly<Record<string, readonly string[]>>;
}

const EMPTY: Readonly<Record<string, string>> = Object.freeze({});
const NOT_JSON = Symbol('not-json');

/** `$input`: body, json(path), path(path), params(), params(name). Build one per request. */
export class TemplateInput extends HostObject {
  readonly #rawBody: string;
  readonly #body: string;
  readonly #path: Readonly<Record<string, string>>;
  readonly #query: Readonly<Record<string, string>>;
  readonly #headers: Readonly<Record<string, string>>;
  // Parsed lazily, once per request, and only if the template asks for JSON.
  #parsed: unknown = undefined;
  #isParsed = false;

  constructor(source: TemplateInputSource) {
    super();
    this.#rawBody = source.body;
    // AWS shows templates `{}` for an empty body, but JSONPath still sees no document (null / "").
    this.#body = source.body === '' ? '{}' : source.body;
    this.#path = source.pathParameters ?? EMPTY;
    this.#query = source.queryStringParameters ?? EMPTY;
    this.#headers = source.headers ?? EMPTY;
  }

  getProperty(name: string): unknown {
    return name === 'body' ? this.#body : undefined;
  }

  invoke(name: string, args: readonly unknown[]): unknown {
    switch (name) {
      case 'json':
        return this.json(args[0]);
      case 'path':
        return this.path(args[0]);
      case 'params':
        return args.length === 0 ? this.allParams() : this.param(args[0]);
      case 'getBody':
        return this.#body;
      default:
        return undefined;
    }
  }

  /** JSONPath result as JSON text; a missing path or a non-JSON body gives `""`. */
  private json(path: unknown): string {
    const doc = this.document();
    if (doc === NOT_JSON || typeof path !== 'string') return '""';
    const result = queryJsonPath(doc, path);
    return result.found ? toJsonText(result.value) : '""';
  }

  /** JSONPath result as a value; missing paths and non-JSON bodies give null (renders empty). */
  private path(path: unknown): unknown {
    const doc = this.document();
    if (doc === NOT_JSON || typeof path !== 'string') return undefined;
    return queryJsonPath(doc, path).value;
  }

  private param(name: unknown): string {
    if (name === null || name === undefined) return '';
    const key = toText(name);
    return own(this.#path, key) ?? own(this.#query, key) ?? own(this.#headers, key)
      ?? headerIgnoringCase(this.#headers, key) ?? '';
  }

  private allParams(): VtlMap {
    const all = newMap();
    mapPut(all, 'path', copy(this.#path));
    mapPut(all, 'querystring', copy(this.#query));
    mapPut(all, 'header', copy(this.#headers));
    return all;
  }

  private document(): unknown {
    if (!this.#isParsed) {
      this.#isParsed = true;
      try {
        this.#parsed = this.#rawBody === '' ? NOT_JSON : parseJsonValue(this.#rawBody);
      } catch {
        this.#parsed = NOT_JSON;
      }
    }
    return this.#parsed;
  }
}

export function createTemplateInput(source: TemplateInputSource): TemplateInput {
  return new TemplateInput(source);
}

function own(record: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

// HTTP header names are case-insensitive; an exact match wins, then any casing.
function headerIgnoringCase(headers: Readonly<Record<string, string>>, key: string): string | undefined {
  const lower = key.toLowerCase();
  for (const name of Object.keys(headers)) if (name.toLowerCase() === lower) return headers[name];
  return undefined;
}

function copy(record: Readonly<Record<string, string>>): VtlMap {
  const map = newMap();
  for (const key of Object.keys(record)) mapPut(map, key, record[key]);
  return map;
}
