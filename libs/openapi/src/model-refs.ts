import { isObject } from './json-value';

/** The URL AWS stores in a model schema when it references another model of the same API. */
export function modelUrl(restApiId: string, modelName: string): string {
  return `https://apigateway.amazonaws.com/restapis/${restApiId}/models/${modelName}`;
}

const MODEL_REF = /^(?:#\/definitions\/|#\/components\/schemas\/|https:\/\/apigateway\.amazonaws\.com\/restapis\/[^/]+\/models\/)([^/]+)$/;

/** `#/definitions/Pet`, `#/components/schemas/Pet` or an AWS model URL -> `Pet`. */
export function modelNameFromRef(ref: string): string | undefined {
  const match = MODEL_REF.exec(ref);
  return match ? decodeURIComponent(match[1] as string) : undefined;
}

/** Deep copy of a JSON schema with every model reference rewritten by `toRef`; other `$ref`s are kept. */
export function rewriteModelRefs(schema: unknown, toRef: (modelName: string) => string): unknown {
  if (Array.isArray(schema)) return schema.map((item) => rewriteModelRefs(item, toRef));
  if (!isObject(schema)) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    const name = key === '$ref' && typeof value === 'string' ? modelNameFromRef(value) : undefined;
    out[key] = name !== undefined ? toRef(name) : rewriteModelRefs(value, toRef);
  }
  return out;
}

/** Names of the models a schema references, in order of appearance. */
export function referencedModels(schema: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(schema)) for (const item of schema) referencedModels(item, found);
  else if (isObject(schema)) {
    for (const [key, value] of Object.entries(schema)) {
      const name = key === '$ref' && typeof value === 'string' ? modelNameFromRef(value) : undefined;
      if (name !== undefined) found.add(name);
      else referencedModels(value, found);
    }
  }
  return found;
}
