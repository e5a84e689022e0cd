import { Inject, Injectable } from '@nestjs/common';
import { type ApiKeyEntity, ApiKeyRepository, RestApiRepository, StageRepository, type TenantScope } from '@tollgate/persistence';
import { type ListResponse, parsePageQuery, toListResponse } from '../common/pagination';
import { parsePatchOperations } from '../common/patch-operations';
import { type ApiKey, toApiKey } from './api-key.mapper';
import { apiKeyValueSha256, generateApiKeyValue } from './api-key-value';
import { ApiKeysError, ApiKeysErrorCode } from './api-keys.error';
import { ConfigJobsService } from './config-jobs.service';
import { parseCreateApiKeyRequest, type StageKey, stageKeyString } from './create-api-key.request';
import { applyApiKeyPatch } from './update-api-key.request';
import { invalidRestApiMessage } from '../common/aws-messages';

export interface ApiKeyListQuery {
  limit?: string;
  position?: string;
  name?: string;
  customerId?: string;
  includeValues?: string;
}

/** CreateApiKey, GetApiKey(s), UpdateApiKey, DeleteApiKey. Every change is published to Redis by the worker. */
@Injectable()
export class ApiKeysService {
  constructor(
    @Inject(ApiKeyRepository) private readonly keys: ApiKeyRepository,
    @Inject(RestApiRepository) private readonly restApis: RestApiRepository,
    @Inject(StageRepository) private readonly stages: StageRepository,
    private readonly jobs: ConfigJobsService,
  ) {}

  async create(scope: TenantScope, body: unknown): Promise<ApiKey> {
    const request = parseCreateApiKeyRequest(body);
    for (const stageKey of request.stageKeys) await this.requireStage(scope, stageKey);
    const value = request.value ?? generateApiKeyValue();
    const created = await this.keys.insert(scope, {
      name: request.name ?? null,
      description: request.description ?? null,
      value,
      valueSha256: apiKeyValueSha256(value),
      enabled: request.enabled,
      customerId: request.customerId ?? null,
      stageKeys: [...new Set(request.stageKeys.map(stageKeyString))],
      tags: request.tags,
    });
    if (!created) throw new ApiKeysError(ApiKeysErrorCode.AlreadyExists, 'API Key already exists');
    await this.jobs.publishApiKey(scope, created.id, created.valueSha256);
    return toApiKey(created, true);
  }

  async get(scope: TenantScope, id: string, includeValue?: string): Promise<ApiKey> {
    return toApiKey(await this.require(scope, id), includeValue === 'true');
  }

  async list(scope: TenantScope, query: ApiKeyListQuery): Promise<ListResponse<ApiKey>> {
    const page = await this.keys.list(scope, parsePageQuery(query.limit, query.position), { nameQuery: query.name, customerId: query.customerId });
    const includeValues = query.includeValues === 'true';
    return toListResponse(page, (key) => toApiKey(key, includeValues));
  }

  async update(scope: TenantScope, id: string, body: unknown): Promise<ApiKey> {
    const key = await this.require(scope, id);
    const { changes, addedStages } = applyApiKeyPatch(key, parsePatchOperations(body, ApiKeysError.invalid));
    for (const stageKey of addedStages) await this.requireStage(scope, stageKey);
    if (Object.keys(changes).length > 0) {
      if (!(await this.keys.update(scope, id, changes))) throw ApiKeysError.notFound();
      await this.jobs.publishApiKey(scope, id, key.valueSha256);
    }
    return toApiKey(await this.require(scope, id), false);
  }

  /** The worker finds the key gone and deletes its Redis record, so the key stops working at once. */
  async delete(scope: TenantScope, id: string): Promise<void> {
    const key = await this.require(scope, id);
    if (!(await this.keys.delete(scope, id))) throw ApiKeysError.notFound();
    await this.jobs.publishApiKey(scope, id, key.valueSha256);
  }

  async require(scope: TenantScope, id: string): Promise<ApiKeyEntity> {
    const key = await this.keys.find(scope, id);
    if (!key) throw ApiKeysError.notFound();
    return key;
  }

  private async requireStage(scope: TenantScope, stageKey: StageKey): Promise<void> {
    if (!(await this.restApis.exists(scope, stageKey.restApiId))) {
      throw new ApiKeysError(ApiKeysErrorCode.RestApiNotFound, invalidRestApiMessage(scope.accountId, stageKey.restApiId));
    }
    if (!(await this.stages.find(scope, stageKey.restApiId, stageKey.stageName))) {
      throw new ApiKeysError(ApiKeysErrorCode.StageNotFound, 'Invalid Stage identifier specified');
    }
  }
}
