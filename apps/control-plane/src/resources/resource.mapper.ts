import type { ResourceEntity } from '@tollgate/persistence';

/** AWS `Resource` wire shape; the root has no parentId/pathPart. `resourceMethods` comes from the methods hook. */
export interface Resource {
  id: string;
  parentId?: string;
  pathPart?: string;
  path: string;
  resourceMethods?: Record<string, object>;
}

export function toResource(entity: ResourceEntity, resourceMethods?: Record<string, object>): Resource {
  const resource: Resource = { id: entity.id, path: entity.path };
  if (entity.parentId !== null) resource.parentId = entity.parentId;
  if (entity.pathPart !== null) resource.pathPart = entity.pathPart;
  if (resourceMethods && Object.keys(resourceMethods).length > 0) resource.resourceMethods = resourceMethods;
  return resource;
}
