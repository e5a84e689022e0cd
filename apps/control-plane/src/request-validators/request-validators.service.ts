import { Injectable } from '@nestjs/common';
import { MethodRepository, RequestValidatorRepository, ResourceRepository, RestApiRepository, type RequestValidatorEntity, type TenantScope } from '@tollgate/persistence';
import { type ListResponse, parsePageQuery, toListResponse } from '../common/pagination';
import { parsePatchOperations } from '../common/patch-operations';
import { parseCreateRequestValidatorRequest } from './create-request-validator.request';
import { type RequestValidator, toRequestValidator } from './request-validator.mapper';
import { RequestValidatorsError, RequestValidatorsErrorCode } from './request-validators.error';
import { applyRequestValidatorPatch } from './update-request-validator.request';

/** CreateRequestValidator, GetRequestValidator(s), UpdateRequestValidator, DeleteRequestValidator. */
@Injectable()
export class RequestValidatorsService {
  constructor(
    private readonly restApis: RestApiRepository,
    private readonly validators: RequestValidatorRepository,
    private readonly resources: ResourceRepository,
    private readonly methods: MethodRepository,
  ) {}

  async create(scope: TenantScope, restApiId: string, body: unknown): Promise<RequestValidator> {
    const values = parseCreateRequestValidatorRequest(body);
    await this.requireRestApi(scope, restApiId);
    return toRequestValidator(await this.validators.create(scope, restApiId, values));
  }

  async get(scope: TenantScope, restApiId: string, id: string): Promise<RequestValidator> {
    return toRequestValidator(await this.requireValidator(scope, restApiId, id));
  }

  async list(scope: TenantScope, restApiId: string, limit?: string, position?: string): Promise<ListResponse<RequestValidator>> {
    const page = parsePageQuery(limit, position);
    await this.requireRestApi(scope, restApiId);
    return toListResponse(await this.validators.list(scope, restApiId, page), toRequestValidator);
  }

  async update(scope: TenantScope, restApiId: string, id: string, body: unknown): Promise<RequestValidator> {
    const changes = applyRequestValidatorPatch(parsePatchOperations(body, RequestValidatorsError.invalid));
    if (!(await this.validators.update(scope, restApiId, id, changes))) await this.requireValidator(scope, restApiId, id);
    return toRequestValidator(await this.requireValidator(scope, restApiId, id));
  }

  /** Refused while a method uses the validator, so no deployment can point at a missing one. */
  async delete(scope: TenantScope, restApiId: string, id: string): Promise<void> {
    const validator = await this.requireValidator(scope, restApiId, id);
    const user = (await this.methods.listByRestApi(scope, restApiId)).find((m) => m.requestValidatorId === id);
    if (user) {
      const resource = await this.resources.find(scope, restApiId, user.resourceId);
      throw new RequestValidatorsError(
        RequestValidatorsErrorCode.ValidatorInUse,
        `Cannot delete request validator '${validator.name ?? id}', is referenced in method: ${user.httpMethod}/${resource?.path ?? ''}`,
      );
    }
    if (!(await this.validators.delete(scope, restApiId, id))) throw RequestValidatorsError.validatorNotFound();
  }

  private async requireValidator(scope: TenantScope, restApiId: string, id: string): Promise<RequestValidatorEntity> {
    const validator = await this.validators.find(scope, restApiId, id);
    if (validator) return validator;
    await this.requireRestApi(scope, restApiId);
    throw RequestValidatorsError.validatorNotFound();
  }

  private async requireRestApi(scope: TenantScope, restApiId: string): Promise<void> {
    if (!(await this.restApis.exists(scope, restApiId))) throw RequestValidatorsError.restApiNotFound(scope.accountId, restApiId);
  }
}
