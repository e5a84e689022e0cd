import { isObject, type JsonObject } from './json-value';

/** Follows `#/...` JSON pointers inside one document (parameters, responses, request bodies). */
export function resolveLocal(doc: JsonObject, value: unknown, depth = 0): unknown {
  if (!isObject(value) || typeof value['$ref'] !== 'string' || depth > 20) return value;
  const ref = value['$ref'];
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = doc;
  for (const raw of ref.slice(2).split('/')) {
    const token = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = isObject(node) ? node[token] : undefined;
  }
  return resolveLocal(doc, node, depth + 1);
}
