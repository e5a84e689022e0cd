import { Injectable } from '@nestjs/common';
import {
  IntegrationRepository,
  IntegrationResponseRepository,
  MethodRepository,
  MethodResponseRepository,
  type MethodKey,
  type TenantScope,
} from '@tollgate/persistence';
import { parsePatchOperations } from '../common/patch-operations';
import { toIntegration } from '../integrations/integration.mapper';
import { toMethod, type Method } from './method.mapper';
import { MethodReferencesService } from './method-references.service';
import { MethodTargetsService } from './method-targets.service';
import { MethodsError, MethodsErrorCode } from './methods.error';
import { parseHttpMethod, parsePutMethodRequest } from './put-method.request';
import { applyMethodPatch } from './update-method.request';

/** PutMethod, GetMethod, UpdateMethod, DeleteMethod and the `embed=methods` view of GetResources. */
@Injectable()
export class MethodsService {
  constructor(
    private readonly targets: MethodTargetsService,
    private readonly methods: MethodRepository,
    private readonly methodResponses: MethodResponseRepository,
    private readonly integrations: IntegrationRepository,
    private readonly integrationResponses: IntegrationResponseRepository,
    private readonly references: MethodReferencesService,
  ) {}

  async put(scope: TenantScope, restApiId: string, resourceId: string, httpMethod: string, body: unknown): Promise<Method> {
    const key = { restApiId, resourceId, httpMethod: parseHttpMethod(httpMethod) };
    const request = parsePutMethodRequest(body);
    await this.targets.requireResource(scope, restApiId, resourceId);
    await this.references.check(scope, restApiId, { ...request, models: request.requestModels });
    const inserted = await this.methods.insert(scope, key, {
      authorizationType: request.authorizationType,
      authorizerId: request.authorizerId ?? null,
      authorizationScopes: request.authorizationScopes ?? null,
      apiKeyRequired: request.apiKeyRequired,
      operationName: request.operationName ?? null,
      requestParameters: request.requestParameters,
      requestModels: request.requestModels,
      requestValidatorId: request.requestValidatorId ?? null,
    });
    if (!inserted) throw new MethodsError(MethodsErrorCode.MethodExists, 'Method already exists for this resource');
    return toMethod(await this.targets.requireMethod(scope, key));
  }

  async get(scope: TenantScope, restApiId: string, resourceId: string, httpMethod: string): Promise<Method> {
    const key = this.key(restApiId, resourceId, httpMethod);
    const method = await this.targets.requireMethod(scope, key);
    const [responses, integration, integrationResponses] = await Promise.all([
      this.methodResponses.listByMethod(scope, key),
      this.integrations.find(scope, key),
      this.integrationResponses.listByMethod(scope, key),
    ]);
    return toMethod(method, responses, integration ? toIntegration(integration, integrationResponses) : undefined);
  }

  /** All operations apply to the locked row or none do. */
  async update(scope: TenantScope, restApiId: string, resourceId: string, httpMethod: string, body: unknown): Promise<Method> {
    const key = this.key(restApiId, resourceId, httpMethod);
    const operations = parsePatchOperations(body, MethodsError.invalid);
    const saved = await this.methods.modify(scope, key, async (method) => {
      const next = applyMethodPatch(method, operations);
      await this.references.check(scope, restApiId, { ...next, models: next.requestModels });
      Object.assign(method, next);
    });
    if (!saved) await this.targets.requireMethod(scope, key);
    return this.get(scope, restApiId, resourceId, httpMethod);
  }

  async delete(scope: TenantScope, restApiId: string, resourceId: string, httpMethod: string): Promise<void> {
    const key = this.key(restApiId, resourceId, httpMethod);
    if (!(await this.methods.delete(scope, key))) await this.targets.requireMethod(scope, key);
  }

  /** Full methods per resource id (GetResources with `embed=methods`). */
  async embed(scope: TenantScope, restApiId: string, resourceIds: string[]): Promise<Map<string, Record<string, Method>>> {
    const [methods, responses, integrations, integrationResponses] = await Promise.all([
      this.methods.listByResources(scope, restApiId, resourceIds),
      this.methodResponses.listByRestApi(scope, restApiId),
      this.integrations.listByRestApi(scope, restApiId),
      this.integrationResponses.listByRestApi(scope, restApiId),
    ]);
    const byResource = new Map<string, Record<string, Method>>();
    for (const method of methods) {
      const same = (row: { resourceId: string; httpMethod: string }) => row.resourceId === method.resourceId && row.httpMethod === method.httpMethod;
      const integration = integrations.find(same);
      const view = toMethod(method, responses.filter(same), integration ? toIntegration(integration, integrationResponses.filter(same)) : undefined);
      const entry = byResource.get(method.resourceId) ?? {};
      entry[method.httpMethod] = view;
      byResource.set(method.resourceId, entry);
    }
    return byResource;
  }

  /** Verbs per resource id, each with an empty summary (GetResources without `embed`). */
  async verbs(scope: TenantScope, restApiId: string, resourceIds: string[]): Promise<Map<string, Record<string, object>>> {
    const byResource = new Map<string, Record<string, object>>();
    for (const method of await this.methods.listByResources(scope, restApiId, resourceIds)) {
      byResource.set(method.resourceId, { ...byResource.get(method.resourceId), [method.httpMethod]: {} });
    }
    return byResource;
  }

  private key(restApiId: string, resourceId: string, httpMethod: string): MethodKey {
    return { restApiId, resourceId, httpMethod: parseHttpMethod(httpMethod) };
  }
}
