import { Injectable } from '@nestjs/common';
import { MethodResponseRepository, type MethodKey, type TenantScope } from '@tollgate/persistence';
import { parsePatchOperations } from '../common/patch-operations';
import { toMethodResponse, type MethodResponse } from './method.mapper';
import { MethodReferencesService } from './method-references.service';
import { MethodTargetsService } from './method-targets.service';
import { MethodsError, MethodsErrorCode } from './methods.error';
import { parseHttpMethod } from './put-method.request';
import { parsePutMethodResponseRequest, parseStatusCode } from './put-method-response.request';
import { applyMethodResponsePatch } from './update-method-response.request';

/** PutMethodResponse, GetMethodResponse, UpdateMethodResponse, DeleteMethodResponse. */
@Injectable()
export class MethodResponsesService {
  constructor(
    private readonly targets: MethodTargetsService,
    private readonly responses: MethodResponseRepository,
    private readonly references: MethodReferencesService,
  ) {}

  async put(scope: TenantScope, key: MethodKey, statusCode: string, body: unknown): Promise<MethodResponse> {
    const method = this.key(key);
    const status = parseStatusCode(statusCode);
    const request = parsePutMethodResponseRequest(body);
    await this.targets.requireMethod(scope, method);
    await this.references.check(scope, method.restApiId, { models: request.responseModels });
    if (!(await this.responses.insert(scope, method, status, request))) {
      throw new MethodsError(MethodsErrorCode.ResponseExists, 'Response already exists for this resource');
    }
    return this.get(scope, method, status);
  }

  async get(scope: TenantScope, key: MethodKey, statusCode: string): Promise<MethodResponse> {
    const method = this.key(key);
    const response = await this.responses.find(scope, method, statusCode);
    if (response) return toMethodResponse(response);
    await this.targets.requireMethod(scope, method);
    throw new MethodsError(MethodsErrorCode.ResponseNotFound, 'Invalid Response status code specified');
  }

  async update(scope: TenantScope, key: MethodKey, statusCode: string, body: unknown): Promise<MethodResponse> {
    const method = this.key(key);
    const operations = parsePatchOperations(body, MethodsError.invalid);
    const saved = await this.responses.modify(scope, method, statusCode, async (response) => {
      const next = applyMethodResponsePatch(response, operations);
      await this.references.check(scope, method.restApiId, { models: next.responseModels });
      Object.assign(response, next);
    });
    if (saved) return toMethodResponse(saved);
    await this.targets.requireMethod(scope, method);
    throw new MethodsError(MethodsErrorCode.ResponseNotFound, 'Invalid Response status code specified');
  }

  async delete(scope: TenantScope, key: MethodKey, statusCode: string): Promise<void> {
    const method = this.key(key);
    if (await this.responses.delete(scope, method, statusCode)) return;
    await this.targets.requireMethod(scope, method);
    throw new MethodsError(MethodsErrorCode.ResponseNotFound, 'Invalid Response status code specified');
  }

  private key(key: MethodKey): MethodKey {
    return { ...key, httpMethod: parseHttpMethod(key.httpMethod) };
  }
}
