import { Injectable } from '@nestjs/common';
import { MethodRepository, ResourceRepository, RestApiRepository, type MethodEntity, type MethodKey, type TenantScope } from '@tollgate/persistence';
import { MethodsError, MethodsErrorCode } from './methods.error';
import { invalidRestApiMessage } from '../common/aws-messages';

/** Resolves the REST API / resource / method a call addresses, with AWS's not-found wording. */
@Injectable()
export class MethodTargetsService {
  constructor(
    private readonly restApis: RestApiRepository,
    private readonly resources: ResourceRepository,
    private readonly methods: MethodRepository,
  ) {}

  async requireResource(scope: TenantScope, restApiId: string, resourceId: string): Promise<void> {
    if (await this.resources.find(scope, restApiId, resourceId)) return;
    if (!(await this.restApis.exists(scope, restApiId))) {
      throw new MethodsError(MethodsErrorCode.RestApiNotFound, invalidRestApiMessage(scope.accountId, restApiId));
    }
    throw new MethodsError(MethodsErrorCode.ResourceNotFound, 'Invalid Resource identifier specified');
  }

  async requireMethod(scope: TenantScope, key: MethodKey): Promise<MethodEntity> {
    const method = await this.methods.find(scope, key);
    if (method) return method;
    await this.requireResource(scope, key.restApiId, key.resourceId);
    throw new MethodsError(MethodsErrorCode.MethodNotFound, 'Invalid Method identifier specified');
  }
}
