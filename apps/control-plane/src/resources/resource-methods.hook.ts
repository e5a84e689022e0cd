import { Injectable } from '@nestjs/common';
import type { TenantScope } from '@tollgate/persistence';

/**
 * Fills `Resource.resourceMethods` for GetResource(s). `embed` is true for `?embed=methods`, when AWS
 * returns whole Method objects; otherwise AWS lists the method names with summaries.
 * Returns resourceId -> (HTTP method -> Method object).
 */
export type ResourceMethodsProvider = (
  scope: TenantScope,
  restApiId: string,
  resourceIds: string[],
  embed: boolean,
) => Promise<Map<string, Record<string, object>>>;

/**
 * The seam between resources and methods: the methods feature registers its provider here at start-up
 * (`hook.use(provider)` in its module/service constructor), so resources never import methods.
 */
@Injectable()
export class ResourceMethodsHook {
  private provider: ResourceMethodsProvider | undefined;

  use(provider: ResourceMethodsProvider): void {
    this.provider = provider;
  }

  async methodsFor(scope: TenantScope, restApiId: string, resourceIds: string[], embed: boolean): Promise<Map<string, Record<string, object>>> {
    if (!this.provider || resourceIds.length === 0) return new Map();
    return this.provider(scope, restApiId, resourceIds, embed);
  }
}
