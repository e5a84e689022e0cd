import type { HttpMethod } from '@tollgate/model';
import type { ApiDefinition, DocumentationPartLocation, ResourceDefinition } from './api-definition';

export type PutMode = 'merge' | 'overwrite';

/**
 * PutRestApi: combine the stored definition with an imported one.
 * - overwrite: the result is the imported definition; only the endpoint configuration is kept, since
 *   AWS never changes it on import-to-update.
 * - merge: everything of the existing API stays unless the import defines it; a method the import defines
 *   replaces the existing method as a whole (AWS's example: GET /a takes the imported responses, POST /a stays).
 *   Models, authorizers and validators are matched by name, gateway responses by type, documentation by location.
 */
export function mergeDefinitions(existing: ApiDefinition, incoming: ApiDefinition, mode: PutMode): ApiDefinition {
  const endpoint = existing.endpointConfiguration === undefined ? {} : { endpointConfiguration: existing.endpointConfiguration };
  const { endpointConfiguration: _ignored, ...rest } = incoming;
  if (mode === 'overwrite') return { ...rest, ...endpoint };
  const { endpointConfiguration: _existing, ...base } = existing;
  const merged: ApiDefinition = {
    ...base,
    ...defined(rest as ApiDefinition),
    ...endpoint,
    binaryMediaTypes: [...new Set([...existing.binaryMediaTypes, ...incoming.binaryMediaTypes])],
    resources: mergeResources(existing.resources, incoming.resources),
    models: byKey(existing.models, incoming.models, (m) => m.name),
    requestValidators: byKey(existing.requestValidators, incoming.requestValidators, (v) => v.name),
    authorizers: byKey(existing.authorizers, incoming.authorizers, (a) => a.name),
    gatewayResponses: byKey(existing.gatewayResponses, incoming.gatewayResponses, (g) => g.responseType),
    documentationParts: byKey(existing.documentationParts, incoming.documentationParts, (d) => locationKey(d.location)),
  };
  return merged;
}

/** The incoming scalar fields that are set (undefined never erases an existing value in merge mode). */
function defined(incoming: ApiDefinition): Partial<ApiDefinition> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(incoming)) if (v !== undefined && !Array.isArray(v)) out[k] = v;
  return out as Partial<ApiDefinition>;
}

function mergeResources(existing: ResourceDefinition[], incoming: ResourceDefinition[]): ResourceDefinition[] {
  const byPath = new Map<string, ResourceDefinition>();
  for (const r of existing) byPath.set(r.path, { path: r.path, methods: { ...r.methods } });
  for (const r of incoming) {
    const target = byPath.get(r.path) ?? { path: r.path, methods: {} };
    for (const [verb, method] of Object.entries(r.methods)) target.methods[verb as HttpMethod] = method;
    byPath.set(r.path, target);
  }
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function byKey<T>(existing: readonly T[], incoming: readonly T[], key: (item: T) => string): T[] {
  const map = new Map<string, T>();
  for (const item of existing) map.set(key(item), item);
  for (const item of incoming) map.set(key(item), item);
  return [...map.values()];
}

function locationKey(l: DocumentationPartLocation): string {
  return [l.type, l.path ?? '/', l.method ?? '*', l.statusCode ?? '*', l.name ?? ''].join(' ');
}
