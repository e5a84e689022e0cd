import { Injectable } from '@nestjs/common';
import { AuthorizerRepository, MethodRepository, ResourceRepository, RestApiRepository, type AuthorizerEntity, type TenantScope } from '@tollgate/persistence';
import { type ListResponse, parsePageQuery, toListResponse } from '../common/pagination';
import { parsePatchOperations } from '../common/patch-operations';
import { type Authorizer, toAuthorizer, toAuthorizerValues } from './authorizer.mapper';
import { AuthorizersError, AuthorizersErrorCode } from './authorizers.error';
import { parseCreateAuthorizerRequest } from './create-authorizer.request';
import { applyAuthorizerPatch } from './update-authorizer.request';

/** CreateAuthorizer, GetAuthorizer(s), UpdateAuthorizer, DeleteAuthorizer and TestInvokeAuthorizer. */
@Injectable()
export class AuthorizersService {
  constructor(
    private readonly restApis: RestApiRepository,
    private readonly authorizers: AuthorizerRepository,
    private readonly resources: ResourceRepository,
    private readonly methods: MethodRepository,
  ) {}

  async create(scope: TenantScope, restApiId: string, body: unknown): Promise<Authorizer> {
    const values = parseCreateAuthorizerRequest(body);
    await this.requireRestApi(scope, restApiId);
    return toAuthorizer(await this.authorizers.create(scope, restApiId, values));
  }

  async get(scope: TenantScope, restApiId: string, id: string): Promise<Authorizer> {
    return toAuthorizer(await this.requireAuthorizer(scope, restApiId, id));
  }

  async list(scope: TenantScope, restApiId: string, limit?: string, position?: string): Promise<ListResponse<Authorizer>> {
    const page = parsePageQuery(limit, position);
    await this.requireRestApi(scope, restApiId);
    return toListResponse(await this.authorizers.list(scope, restApiId, page), toAuthorizer);
  }

  async update(scope: TenantScope, restApiId: string, id: string, body: unknown): Promise<Authorizer> {
    const operations = parsePatchOperations(body, AuthorizersError.invalid);
    const next = applyAuthorizerPatch(toAuthorizerValues(await this.requireAuthorizer(scope, restApiId, id)), operations);
    if (!(await this.authorizers.update(scope, restApiId, id, next))) throw AuthorizersError.authorizerNotFound();
    return toAuthorizer(await this.requireAuthorizer(scope, restApiId, id));
  }

  /** Refused while a method uses the authorizer (AWS: ConflictException naming the method). */
  async delete(scope: TenantScope, restApiId: string, id: string): Promise<void> {
    const authorizer = await this.requireAuthorizer(scope, restApiId, id);
    const user = (await this.methods.listByRestApi(scope, restApiId)).find((m) => m.authorizerId === id);
    if (user) {
      const resource = await this.resources.find(scope, restApiId, user.resourceId);
      throw new AuthorizersError(AuthorizersErrorCode.AuthorizerInUse, `Cannot delete authorizer '${authorizer.name}', is referenced in method: ${user.httpMethod}/${resource?.path ?? ''}`);
    }
    if (!(await this.authorizers.delete(scope, restApiId, id))) throw AuthorizersError.authorizerNotFound();
  }

  /** The authorizer must exist; invoking it belongs to the data plane's authorizer work, so this is refused. */
  async testInvoke(scope: TenantScope, restApiId: string, id: string): Promise<never> {
    await this.requireAuthorizer(scope, restApiId, id);
    throw new AuthorizersError(
      AuthorizersErrorCode.TestInvokeUnavailable,
      'TestInvokeAuthorizer is unavailable: authorizers are invoked only by deployed stages (authorizer invocation work)',
    );
  }

  private async requireAuthorizer(scope: TenantScope, restApiId: string, id: string): Promise<AuthorizerEntity> {
    const authorizer = await this.authorizers.find(scope, restApiId, id);
    if (authorizer) return authorizer;
    await this.requireRestApi(scope, restApiId);
    throw AuthorizersError.authorizerNotFound();
  }

  private async requireRestApi(scope: TenantScope, restApiId: string): Promise<void> {
    if (!(await this.restApis.exists(scope, restApiId))) throw AuthorizersError.restApiNotFound(scope.accountId, restApiId);
  }
}
