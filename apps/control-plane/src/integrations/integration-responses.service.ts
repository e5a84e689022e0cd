import { Injectable } from '@nestjs/common';
import { IntegrationRepository, IntegrationResponseRepository, MethodResponseRepository, type MethodKey, type TenantScope } from '@tollgate/persistence';
import { parsePatchOperations } from '../common/patch-operations';
import { MethodTargetsService } from '../methods/method-targets.service';
import { parseHttpMethod } from '../methods/put-method.request';
import { parseStatusCode } from '../methods/put-method-response.request';
import { toIntegrationResponse, type IntegrationResponse } from './integration.mapper';
import { IntegrationsError, IntegrationsErrorCode } from './integrations.error';
import { parsePutIntegrationResponseRequest } from './put-integration-response.request';
import { applyIntegrationResponsePatch } from './update-integration-response.request';

/** PutIntegrationResponse, GetIntegrationResponse, UpdateIntegrationResponse, DeleteIntegrationResponse. */
@Injectable()
export class IntegrationResponsesService {
  constructor(
    private readonly targets: MethodTargetsService,
    private readonly integrations: IntegrationRepository,
    private readonly methodResponses: MethodResponseRepository,
    private readonly responses: IntegrationResponseRepository,
  ) {}

  async put(scope: TenantScope, key: MethodKey, statusCode: string, body: unknown): Promise<IntegrationResponse> {
    const method = { ...key, httpMethod: parseHttpMethod(key.httpMethod) };
    const status = parseStatusCode(statusCode);
    const request = parsePutIntegrationResponseRequest(body);
    await this.requireIntegration(scope, method);
    // As on AWS, an integration response needs the method response of the same status first.
    if (!(await this.methodResponses.find(scope, method, status))) throw notFound();
    const saved = await this.responses.upsert(scope, method, status, {
      selectionPattern: request.selectionPattern ?? null,
      responseParameters: request.responseParameters,
      responseTemplates: request.responseTemplates,
      contentHandling: request.contentHandling ?? null,
    });
    return toIntegrationResponse(saved);
  }

  async get(scope: TenantScope, key: MethodKey, statusCode: string): Promise<IntegrationResponse> {
    const method = { ...key, httpMethod: parseHttpMethod(key.httpMethod) };
    const response = await this.responses.find(scope, method, statusCode);
    if (response) return toIntegrationResponse(response);
    await this.requireIntegration(scope, method);
    throw notFound();
  }

  async update(scope: TenantScope, key: MethodKey, statusCode: string, body: unknown): Promise<IntegrationResponse> {
    const method = { ...key, httpMethod: parseHttpMethod(key.httpMethod) };
    const operations = parsePatchOperations(body, IntegrationsError.invalid);
    const saved = await this.responses.modify(scope, method, statusCode, (response) => {
      Object.assign(response, applyIntegrationResponsePatch(response, operations));
    });
    if (saved) return toIntegrationResponse(saved);
    await this.requireIntegration(scope, method);
    throw notFound();
  }

  async delete(scope: TenantScope, key: MethodKey, statusCode: string): Promise<void> {
    const method = { ...key, httpMethod: parseHttpMethod(key.httpMethod) };
    if (await this.responses.delete(scope, method, statusCode)) return;
    await this.requireIntegration(scope, method);
    throw notFound();
  }

  private async requireIntegration(scope: TenantScope, method: MethodKey): Promise<void> {
    if (await this.integrations.find(scope, method)) return;
    await this.targets.requireMethod(scope, method);
    throw new IntegrationsError(IntegrationsErrorCode.IntegrationNotFound, 'Invalid Integration identifier specified');
  }
}

function notFound(): IntegrationsError {
  return new IntegrationsError(IntegrationsErrorCode.ResponseNotFound, 'Invalid Response status code specified');
}
