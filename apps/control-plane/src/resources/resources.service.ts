import { Inject, Injectable } from '@nestjs/common';
import { type ResourceEntity, ResourceRepository, type TenantScope } from '@tollgate/persistence';
import { asBody } from '../common/body-fields';
import { type ListResponse, parsePageQuery, toListResponse } from '../common/pagination';
import { parsePatchOperations } from '../common/patch-operations';
import { RestApisService } from '../rest-apis/rest-apis.service';
import { childPath, isGreedyPathPart, isVariablePathPart, validatePathPart } from './path-part';
import { type Resource, toResource } from './resource.mapper';
import { ResourceMethodsHook } from './resource-methods.hook';
import { ResourcesError, ResourcesErrorCode } from './resources.error';
import { applyResourcePatch } from './update-resource.request';

@Injectable()
export class ResourcesService {
  constructor(
    @Inject(ResourceRepository) private readonly resources: ResourceRepository,
    @Inject(RestApisService) private readonly restApis: RestApisService,
    @Inject(ResourceMethodsHook) private readonly methods: ResourceMethodsHook,
  ) {}

  async get(scope: TenantScope, restApiId: string, resourceId: string, embed?: string | string[]): Promise<Resource> {
    const resource = await this.require(scope, restApiId, resourceId);
    const methods = await this.methods.methodsFor(scope, restApiId, [resource.id], embedsMethods(embed));
    return toResource(resource, methods.get(resource.id));
  }

  async list(scope: TenantScope, restApiId: string, limit?: string, position?: string, embed?: string | string[]): Promise<ListResponse<Resource>> {
    const pageRequest = parsePageQuery(limit, position);
    await this.restApis.assertExists(scope, restApiId);
    const page = await this.resources.list(scope, restApiId, pageRequest);
    const methods = await this.methods.methodsFor(scope, restApiId, page.items.map((r) => r.id), embedsMethods(embed));
    return toListResponse(page, (resource) => toResource(resource, methods.get(resource.id)));
  }

  async create(scope: TenantScope, restApiId: string, parentId: string, body: unknown): Promise<Resource> {
    const parent = await this.require(scope, restApiId, parentId);
    const pathPart = validatePathPart(asBody(body, (m) => new ResourcesError(ResourcesErrorCode.InvalidInput, m)).pathPart);
    if (isGreedyPathPart(parent.pathPart)) {
      throw new ResourcesError(ResourcesErrorCode.GreedyParent, `Cannot create a child of a resource with a greedy path variable: ${parent.pathPart}`);
    }
    await this.checkSiblings(scope, restApiId, parent.id, pathPart);
    const created = await this.resources.insert(scope, { restApiId, parentId: parent.id, pathPart, path: childPath(parent.path, pathPart) });
    if (!created) {
      // A concurrent create won a unique index; report it the way the sibling checks would have.
      await this.checkSiblings(scope, restApiId, parent.id, pathPart);
      throw duplicate(pathPart);
    }
    return toResource(created);
  }

  /**
   * UpdateResource: rename (/pathPart) or move (/parentId); the subtree's paths follow. Stage method settings and
   * usage-plan method throttles keep their path keys, as on AWS: they name the methods of the deployment a stage
   * serves, which a rename does not change (test/resource-rename-settings.e2e-spec.ts).
   */
  async update(scope: TenantScope, restApiId: string, resourceId: string, body: unknown): Promise<Resource> {
    const operations = parsePatchOperations(body, (m) => new ResourcesError(ResourcesErrorCode.InvalidInput, m));
    const resource = await this.require(scope, restApiId, resourceId);
    if (resource.parentId === null || resource.pathPart === null) {
      throw new ResourcesError(ResourcesErrorCode.RootUpdate, 'Cannot update the root resource');
    }
    const next = applyResourcePatch({ parentId: resource.parentId, pathPart: resource.pathPart }, operations);
    if (next.parentId !== resource.parentId || next.pathPart !== resource.pathPart) {
      const parent = await this.require(scope, restApiId, next.parentId);
      if (parent.id === resource.id || parent.path.startsWith(`${resource.path}/`)) {
        throw new ResourcesError(ResourcesErrorCode.InvalidParent, `Invalid parent ID specified: ${parent.id}. A resource cannot be moved under itself or one of its descendants`);
      }
      if (isGreedyPathPart(parent.pathPart)) {
        throw new ResourcesError(ResourcesErrorCode.GreedyParent, `Cannot create a child of a resource with a greedy path variable: ${parent.pathPart}`);
      }
      await this.checkSiblings(scope, restApiId, parent.id, next.pathPart, resource.id);
      const moved = await this.resources.relocate(scope, restApiId, resource.id, { ...next, path: childPath(parent.path, next.pathPart) });
      if (!moved) throw duplicate(next.pathPart);
    }
    return this.get(scope, restApiId, resourceId);
  }

  /** Deletes the resource with its subtree and their methods (cascade). */
  async delete(scope: TenantScope, restApiId: string, resourceId: string): Promise<void> {
    const resource = await this.require(scope, restApiId, resourceId);
    if (resource.parentId === null) throw new ResourcesError(ResourcesErrorCode.RootDeletion, 'Cannot delete root resource');
    if (!(await this.resources.delete(scope, restApiId, resourceId))) throw ResourcesError.notFound();
  }

  /** Same path part -> ConflictException; a second variable ({x}/{x+}) child -> BadRequestException. */
  private async checkSiblings(scope: TenantScope, restApiId: string, parentId: string, pathPart: string, self?: string): Promise<void> {
    const siblings = (await this.resources.listChildren(scope, restApiId, parentId)).filter((s) => s.id !== self);
    if (siblings.some((s) => s.pathPart === pathPart)) throw duplicate(pathPart);
    const variableSibling = isVariablePathPart(pathPart) ? siblings.find((s) => s.pathPart !== null && isVariablePathPart(s.pathPart)) : undefined;
    if (variableSibling) {
      throw new ResourcesError(
        ResourcesErrorCode.VariableSibling,
        `A sibling (${variableSibling.pathPart}) of this resource already has a variable path part -- only one is allowed`,
      );
    }
  }

  /** The resource, or NotFoundException naming the API (unknown API) or the resource. */
  private async require(scope: TenantScope, restApiId: string, resourceId: string): Promise<ResourceEntity> {
    const resource = await this.resources.find(scope, restApiId, resourceId);
    if (resource) return resource;
    await this.restApis.assertExists(scope, restApiId);
    throw ResourcesError.notFound();
  }
}

function duplicate(pathPart: string): ResourcesError {
  return new ResourcesError(ResourcesErrorCode.DuplicatePathPart, `Another resource with the same parent already has this name: ${pathPart}`);
}

/** `embed=methods`, possibly comma-separated or repeated. */
function embedsMethods(embed: string | string[] | undefined): boolean {
  const values = Array.isArray(embed) ? embed : embed ? [embed] : [];
  return values.some((v) => v.split(',').some((part) => part.trim() === 'methods'));
}
