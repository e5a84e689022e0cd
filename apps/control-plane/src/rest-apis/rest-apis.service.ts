import { Inject, Injectable } from '@nestjs/common';
import { RestApiRepository, type TenantScope } from '@tollgate/persistence';
import { type ListResponse, parsePageQuery, toListResponse } from '../common/pagination';
import { parsePatchOperations } from '../common/patch-operations';
import { parseCreateRestApiRequest } from './create-rest-api.request';
import { type RestApi, toRestApi } from './rest-api.mapper';
import { RestApisError } from './rest-apis.error';
import { applyRestApiPatch } from './update-rest-api.request';

@Injectable()
export class RestApisService {
  constructor(@Inject(RestApiRepository) private readonly restApis: RestApiRepository) {}

  async create(scope: TenantScope, body: unknown): Promise<RestApi> {
    return toRestApi(await this.restApis.createWithRoot(scope, parseCreateRestApiRequest(body)));
  }

  async get(scope: TenantScope, restApiId: string): Promise<RestApi> {
    const api = await this.restApis.find(scope, restApiId);
    if (!api) throw RestApisError.notFound(scope.accountId, restApiId);
    return toRestApi(api);
  }

  async list(scope: TenantScope, limit?: string, position?: string): Promise<ListResponse<RestApi>> {
    return toListResponse(await this.restApis.list(scope, parsePageQuery(limit, position)), toRestApi);
  }

  /** UpdateRestApi: all operations apply to the locked row or none do. */
  async update(scope: TenantScope, restApiId: string, body: unknown): Promise<RestApi> {
    const operations = parsePatchOperations(body, RestApisError.invalid);
    const saved = await this.restApis.modify(scope, restApiId, (api) => {
      Object.assign(api, applyRestApiPatch(api, operations));
    });
    if (!saved) throw RestApisError.notFound(scope.accountId, restApiId);
    return toRestApi(saved);
  }

  /** Removes the API and, by cascade, everything under it. */
  async delete(scope: TenantScope, restApiId: string): Promise<void> {
    if (!(await this.restApis.delete(scope, restApiId))) throw RestApisError.notFound(scope.accountId, restApiId);
  }

  /** For other features: NotFoundException unless the API exists for this caller. */
  async assertExists(scope: TenantScope, restApiId: string): Promise<void> {
    if (!(await this.restApis.exists(scope, restApiId))) throw RestApisError.notFound(scope.accountId, restApiId);
  }
}
