import { type EntityManager, In } from 'typeorm';
import { newId } from '../ids';
import { ResourceEntity } from '../resources/resource.entity';
import { tenantColumns as tenant } from '../tenant-columns';
import type { TenantScope } from '../tenant-scope';

/**
 * Makes the API's resource tree hold exactly `paths` (plus their ancestors and the root): resources whose
 * path stays keep their ids, the others are deleted with their subtrees. Returns path -> resource id.
 */
export async function syncResources(manager: EntityManager, scope: TenantScope, restApiId: string, paths: readonly string[]): Promise<Map<string, string>> {
  const wanted = new Set<string>(['/']);
  for (const path of paths) for (const ancestor of withAncestors(path)) wanted.add(ancestor);
  const existing = await manager.findBy(ResourceEntity, { ...tenant(scope), restApiId });
  const ids = new Map<string, string>();
  const stale: string[] = [];
  for (const resource of existing) {
    if (wanted.has(resource.path)) ids.set(resource.path, resource.id);
    else stale.push(resource.id);
  }
  if (stale.length > 0) await manager.delete(ResourceEntity, { ...tenant(scope), restApiId, id: In(stale) });
  // Parents first: a path sorts after every one of its ancestors by depth.
  const missing = [...wanted].filter((path) => !ids.has(path)).sort((a, b) => depth(a) - depth(b));
  for (const path of missing) {
    const parentId = ids.get(parentPath(path));
    if (parentId === undefined) throw new Error(`Resource parent of ${path} missing`);
    const id = newId();
    await manager.insert(ResourceEntity, { ...tenant(scope), id, restApiId, parentId, pathPart: lastPart(path), path });
    ids.set(path, id);
  }
  return ids;
}

function withAncestors(path: string): string[] {
  const parts = path.split('/').filter((p) => p !== '');
  return parts.map((_, i) => `/${parts.slice(0, i + 1).join('/')}`);
}

function depth(path: string): number {
  return path === '/' ? 0 : path.split('/').length - 1;
}

function parentPath(path: string): string {
  const cut = path.lastIndexOf('/');
  return cut <= 0 ? '/' : path.slice(0, cut);
}

function lastPart(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
