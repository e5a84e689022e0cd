import { Injectable } from '@nestjs/common';
import { IntegrationRepository, IntegrationResponseRepository, type MethodKey, type TenantScope } from '@tollgate/persistence';
import { parsePatchOperations } from '../common/patch-operations';
import { MethodTargetsService } from '../methods/method-targets.service';
import { parseHttpMethod } from '../methods/put-method.request';
import { toIntegration, type Integration } from './integration.mapper';
import { IntegrationsError, IntegrationsErrorCode } from './integrations.error';
import { parsePutIntegrationRequest } from './put-integration.request';
import { applyIntegrationPatch } from './update-integration.request';

/** PutIntegration, GetIntegration, UpdateIntegration, DeleteIntegration. */
@Injectable()
export class IntegrationsService {
  constructor(
    private readonly targets: MethodTargetsService,
    private readonly integrations: IntegrationRepository,
    private readonly responses: IntegrationResponseRepository,
  ) {}

  async put(scope: TenantScope, key: MethodKey, body: unknown): Promise<Integration> {
    const method = { ...key, httpMethod: parseHttpMethod(key.httpMethod) };
    const request = parsePutIntegrationRequest(body);
    await this.targets.requireMethod(scope, method);
    const saved = await this.integrations.upsert(scope, method, {
      type: request.type,
      integrationHttpMethod: request.integrationHttpMethod ?? null,
      uri: request.uri ?? null,
      connectionType: request.connectionType ?? null,
      connectionId: request.connectionId ?? null,
      credentials: request.credentials ?? null,
      requestParameters: request.requestParameters,
      requestTemplates: request.requestTemplates,
      passthroughBehavior: request.passthroughBehavior,
      contentHandling: request.contentHandling ?? null,
      timeoutInMillis: request.timeoutInMillis,
      // AWS defaults the cache namespace to the resource id.
      cacheNamespace: request.cacheNamespace ?? method.resourceId,
      cacheKeyParameters: request.cacheKeyParameters,
      tlsConfig: request.tlsConfig ?? null,
    });
    return toIntegration(saved, await this.responses.listByMethod(scope, method));
  }

  async get(scope: TenantScope, key: MethodKey): Promise<Integration> {
    const method = { ...key, httpMethod: parseHttpMethod(key.httpMethod) };
    const integration = await this.integrations.find(scope, method);
    if (!integration) {
      await this.targets.requireMethod(scope, method);
      throw new IntegrationsError(IntegrationsErrorCode.IntegrationNotFound, 'Invalid Integration identifier specified');
    }
    return toIntegration(integration, await this.responses.listByMethod(scope, method));
  }

  async update(scope: TenantScope, key: MethodKey, body: unknown): Promise<Integration> {
    const method = { ...key, httpMethod: parseHttpMethod(key.httpMethod) };
    const operations = parsePatchOperations(body, IntegrationsError.invalid);
    const saved = await this.integrations.modify(scope, method, (integration) => {
      Object.assign(integration, applyIntegrationPatch(integration, operations));
    });
    if (saved) return toIntegration(saved, await this.responses.listByMethod(scope, method));
    await this.targets.requireMethod(scope, method);
    throw new IntegrationsError(IntegrationsErrorCode.IntegrationNotFound, 'Invalid Integration identifier specified');
  }

  async delete(scope: TenantScope, key: MethodKey): Promise<void> {
    const method = { ...key, httpMethod: parseHttpMethod(key.httpMethod) };
    if (await this.integrations.delete(scope, method)) return;
    await this.targets.requireMethod(scope, method);
    throw new IntegrationsError(IntegrationsErrorCode.IntegrationNotFound, 'Invalid Integration identifier specified');
  }
}
