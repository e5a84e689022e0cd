import Ajv from 'ajv-draft-04';
import { ModelsError } from './models.error';

/** How a schema references another model of the same API. */
const MODEL_REF = /^https:\/\/apigateway\.amazonaws\.com\/restapis\/([^/]+)\/models\/([^/#?]+)$/;

// Meta-schema validation only: references to other models are checked against the API's model names.
const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: true });

/** AWS's wording for a refused model schema. */
export function invalidModel(errors: string[]): ModelsError {
  return ModelsError.invalid(`Invalid model specified: Validation Result: warnings : [], errors : [${errors.join(', ')}]`);
}

/**
 * Checks a model schema as AWS does on CreateModel/UpdateModel: JSON, a valid JSON Schema draft 4, and
 * every model `$ref` naming a model of this API (`modelExists`). Returns the referenced model names.
 */
export function validateModelSchema(schema: string, restApiId: string, modelExists: (name: string) => boolean): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(schema);
  } catch {
    throw invalidModel(['Invalid model schema specified. Model schema must be valid JSON']);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw invalidModel(['Invalid model schema specified. Model schema must be a JSON object']);
  }
  if (!metaValid(parsed)) {
    const errors = (ajv.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
    throw invalidModel([`Invalid model schema specified: ${[...new Set(errors)].join('; ')}`]);
  }
  const references = new Set<string>();
  collectRefs(parsed, (ref) => {
    const match = MODEL_REF.exec(ref);
    if (!match) return;
    const name = safeDecode(match[2]);
    if (match[1] !== restApiId || !modelExists(name)) throw invalidModel([`Invalid model referenced: ${ref}`]);
    references.add(name);
  });
  return [...references];
}

/** Validates against draft 4; a `$schema` naming another draft is refused, not a crash. */
function metaValid(schema: object): boolean {
  try {
    return ajv.validateSchema(schema) === true;
  } catch (error) {
    throw invalidModel([`Invalid model schema specified: ${(error as Error).message}`]);
  }
}

/** Model names a stored schema references (for DeleteModel's in-use check); unparseable schemas reference none. */
export function referencedModels(schema: string | null): string[] {
  if (schema === null) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(schema);
  } catch {
    return [];
  }
  const names: string[] = [];
  collectRefs(parsed, (ref) => {
    const match = MODEL_REF.exec(ref);
    if (match) names.push(safeDecode(match[2]));
  });
  return names;
}

function collectRefs(value: unknown, onRef: (ref: string) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, onRef);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, member] of Object.entries(value)) {
    if (key === '$ref' && typeof member === 'string') onRef(member);
    else collectRefs(member, onRef);
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
