import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPI, OpenAPIV2, OpenAPIV3 } from 'openapi-types';
import { parse as parseYaml } from 'yaml';
import { ImportError } from './import-error';
import { attributePath, pointerTokens } from './attribute-path';
import { isObject, type JsonObject } from './json-value';
import { resolveLocal } from './local-refs';
import { modelNameFromRef } from './model-refs';

export type ApiDocument = OpenAPIV2.Document | OpenAPIV3.Document;
export type ApiDocumentFlavour = 'swagger' | 'oas30';

export interface ParsedApiDocument {
  /** The document as written: local `$ref`s are kept, because they name the models. */
  document: ApiDocument;
  flavour: ApiDocumentFlavour;
  warnings: string[];
}

/** AWS caps an import body at 6 MB. */
const MAX_DOCUMENT_BYTES = 6 * 1024 * 1024;

/**
 * JSON or YAML text -> a Swagger 2.0 or OpenAPI 3.0.x document, validated against its schema, with every
 * `$ref` checked to resolve inside the document. Never reads files or the network.
 */
export async function parseApiDocument(text: string): Promise<ParsedApiDocument> {
  if (Buffer.byteLength(text, 'utf8') > MAX_DOCUMENT_BYTES) {
    throw ImportError.errors(['API definition exceeds the maximum size of 6MB']);
  }
  const raw = decode(text);
  const flavour = detectFlavour(raw);
  const external = externalRefs(raw);
  if (external.length > 0) {
    throw ImportError.errors(external.map((ref) => `Unable to resolve external reference '${ref}': only references inside the document are supported`));
  }
  const warnings = await validate(raw);
  return { document: raw as unknown as ApiDocument, flavour, warnings };
}

function decode(text: string): JsonObject {
  let value: unknown;
  try {
    value = /^\s*[{[]/.test(text) ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 100 });
  } catch {
    throw ImportError.invalidInput();
  }
  if (!isObject(value)) throw ImportError.invalidInput();
  return value;
}

function detectFlavour(doc: JsonObject): ApiDocumentFlavour {
  if (doc['swagger'] !== undefined) {
    if (doc['swagger'] === '2.0') return 'swagger';
    throw unknownVersion(doc['swagger']);
  }
  if (doc['openapi'] !== undefined) {
    // AWS REST APIs take OpenAPI 3.0.x only; 3.1 is refused with this message.
    if (typeof doc['openapi'] === 'string' && /^3\.0\.\d+$/.test(doc['openapi'])) return 'oas30';
    throw unknownVersion(doc['openapi']);
  }
  throw ImportError.invalidInput();
}

function unknownVersion(version: unknown): ImportError {
  return new ImportError(`Unable to build importer with provided input. Unable to determine OAS version from '${String(version)}'`);
}

function externalRefs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) externalRefs(item, found);
  } else if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string' && !child.startsWith('#')) found.push(child);
      else externalRefs(child, found);
    }
  }
  return found;
}

interface AjvLikeError { instancePath?: string; keyword?: string; message?: string; params?: Record<string, unknown> }

/**
 * Schema check with swagger-parser on a copy (it dereferences in place). Like AWS, unknown attributes and
 * broken references are warnings ("Parse issue: attribute ... is unexpected / is missing"); the rest of the
 * schema violations are errors.
 */
async function validate(raw: JsonObject): Promise<string[]> {
  const copy = structuredClone(raw);
  // AWS's own PetStore sample has no info.version and AWS accepts it.
  if (isObject(copy['info']) && copy['info']['version'] === undefined) copy['info']['version'] = '1';
  const warnings: string[] = [];
  dropMissingRefs(structuredClone(raw), copy, [], warnings);
  try {
    await new SwaggerParser().validate(copy as unknown as OpenAPI.Document, {
      resolve: { external: false },
      dereference: { circular: 'ignore' },
      // AWS does not run the semantic checks (e.g. undeclared path parameters); the schema check stays.
      validate: { schema: true, spec: false },
    });
  } catch (err) {
    const details = err instanceof Error ? (err as Error & { details?: AjvLikeError[] }).details : undefined;
    if (!Array.isArray(details) || details.length === 0) throw ImportError.errors(describe(err));
    const classified = classify(details);
    if (classified.errors.length > 0) throw ImportError.errors(classified.errors);
    warnings.push(...classified.warnings);
  }
  return warnings;
}

/**
 * Takes `$ref`s that point nowhere out of the copy so the schema check can run: a dangling model reference
 * becomes an empty schema (the import warns about it with the method it belongs to); any other dangling
 * reference (parameter, response, request body) is warned about here and removed with its entry.
 * Returns true when the caller should remove `node`.
 */
function dropMissingRefs(doc: JsonObject, node: unknown, path: string[], warnings: string[]): boolean {
  if (Array.isArray(node)) {
    for (let i = node.length - 1; i >= 0; i -= 1) {
      if (dropMissingRefs(doc, node[i], [...path, String(i)], warnings)) node.splice(i, 1);
    }
    return false;
  }
  if (!isObject(node)) return false;
  const ref = node['$ref'];
  if (typeof ref === 'string' && ref.startsWith('#') && resolveLocal(doc, { $ref: ref }) === undefined) {
    if (modelNameFromRef(ref) !== undefined) {
      delete node['$ref'];
      return false;
    }
    warnings.push(`Parse issue: attribute ${attributePath(path)}.${ref} is missing`);
    return true;
  }
  for (const [key, child] of Object.entries(node)) {
    if (dropMissingRefs(doc, child, [...path, key], warnings)) delete node[key];
  }
  return false;
}

function classify(details: AjvLikeError[]): { errors: string[]; warnings: string[] } {
  const errors = new Set<string>();
  const warnings = new Set<string>();
  for (const d of details) {
    const tokens = pointerTokens(d.instancePath ?? '');
    if (d.keyword === 'additionalProperties' && typeof d.params?.['additionalProperty'] === 'string') {
      warnings.add(`Parse issue: attribute ${attributePath([...tokens, d.params['additionalProperty']])} is unexpected`);
      continue;
    }
    // AWS exports methods without method responses as `responses: {}` and takes that back.
    if (d.keyword === 'minProperties' && tokens[tokens.length - 1] === 'responses') continue;
    // oneOf/anyOf only summarise the failures of their branches, which are reported on their own.
    const combinator = d.keyword === 'oneOf' || d.keyword === 'anyOf';
    if (combinator && details.some((o) => o !== d && (o.instancePath ?? '').startsWith(d.instancePath ?? ''))) continue;
    errors.add(`Parse issue: attribute ${attributePath(tokens) || '(root)'} ${d.message ?? 'is invalid'}`);
  }
  return { errors: [...errors], warnings: [...warnings] };
}

function describe(err: unknown): string[] {
  if (!(err instanceof Error)) return ['Invalid OpenAPI input.'];
  return err.message.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
}
