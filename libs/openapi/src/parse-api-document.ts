import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPI, OpenAPIV2, OpenAPIV3 } from 'openapi-types';
import { parse as parseYaml } from 'yaml';
import { ImportError } from './import-error';
import { isObject, type JsonObject } from './json-value';

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
  await validate(raw);
  return { document: raw as unknown as ApiDocument, flavour, warnings: [] };
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

interface AjvLikeError { instancePath?: string; message?: string; params?: Record<string, unknown> }

async function validate(raw: JsonObject): Promise<void> {
  // Validate a copy: swagger-parser dereferences in place. AWS's own PetStore sample has no info.version
  // and AWS accepts it, so a missing version is filled in for the schema check only.
  const copy = structuredClone(raw);
  if (isObject(copy['info']) && copy['info']['version'] === undefined) copy['info']['version'] = '1';
  try {
    await new SwaggerParser().validate(copy as unknown as OpenAPI.Document, {
      resolve: { external: false },
      dereference: { circular: 'ignore' },
      // AWS does not run the semantic checks (e.g. undeclared path parameters); the schema check stays.
      validate: { schema: true, spec: false },
    });
  } catch (err) {
    throw ImportError.errors(describe(err));
  }
}

function describe(err: unknown): string[] {
  if (!(err instanceof Error)) return ['Invalid OpenAPI input.'];
  const details = (err as Error & { details?: AjvLikeError[] }).details;
  if (Array.isArray(details) && details.length > 0) {
    return details.map((d) => {
      const where = d.instancePath ? d.instancePath : '#';
      const extra = d.params && typeof d.params['additionalProperty'] === 'string' ? ` '${d.params['additionalProperty']}'` : '';
      return `${where} ${d.message ?? 'is invalid'}${extra}`.trim();
    });
  }
  return err.message.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
}
