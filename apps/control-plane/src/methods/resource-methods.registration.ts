import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { TenantScope } from '@tollgate/persistence';
import { ResourceMethodsHook } from '../resources/resource-methods.hook';
import { MethodsService } from './methods.service';

/**
 * Fills GetResource(s)' `resourceMethods`: whole Method objects with `embed=methods`, otherwise AWS's
 * bare `{"GET": {}}` listing of the verbs.
 */
@Injectable()
export class ResourceMethodsRegistration implements OnModuleInit {
  constructor(
    private readonly hook: ResourceMethodsHook,
    private readonly methods: MethodsService,
  ) {}

  onModuleInit(): void {
    this.hook.use((scope: TenantScope, restApiId: string, resourceIds: string[], embed: boolean) =>
      embed ? this.methods.embed(scope, restApiId, resourceIds) : this.methods.verbs(scope, restApiId, resourceIds),
    );
  }
}
