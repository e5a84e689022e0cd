import { Injectable } from '@nestjs/common';
import { GATEWAY_RESPONSE_TYPES } from '@tollgate/model';
import { GatewayResponseRepository, RestApiRepository, type TenantScope } from '@tollgate/persistence';
import { type ListResponse, parsePageQuery } from '../common/pagination';
import { parsePatchOperations } from '../common/patch-operations';
import { parseResponseType } from './gateway-response-fields';
import { defaultValues, type GatewayResponse, toGatewayResponse } from './gateway-response.mapper';
import { GatewayResponsesError, GatewayResponsesErrorCode } from './gateway-responses.error';
import { parsePutGatewayResponseRequest } from './put-gateway-response.request';
import { applyGatewayResponsePatch } from './update-gateway-response.request';

/** GetGatewayResponse(s), PutGatewayResponse, UpdateGatewayResponse, DeleteGatewayResponse. */
@Injectable()
export class GatewayResponsesService {
  constructor(
    private readonly restApis: RestApiRepository,
    private readonly responses: GatewayResponseRepository,
  ) {}

  /** Every type, customised or default (a fixed set of 21, so `position` is a plain offset). */
  async list(scope: TenantScope, restApiId: string, limit?: string, position?: string): Promise<ListResponse<GatewayResponse>> {
    const page = parsePageQuery(limit, undefined);
    const offset = parseOffset(position);
    await this.requireRestApi(scope, restApiId);
    const stored = new Map((await this.responses.listAll(scope, restApiId)).map((r) => [r.responseType, r]));
    const all = GATEWAY_RESPONSE_TYPES.map((type) => toGatewayResponse(type, stored.get(type)));
    const item = all.slice(offset, offset + page.limit);
    const next = offset + page.limit;
    return next < all.length ? { item, position: Buffer.from(String(next)).toString('base64url') } : { item };
  }

  async get(scope: TenantScope, restApiId: string, responseType: string): Promise<GatewayResponse> {
    const type = parseResponseType(responseType);
    await this.requireRestApi(scope, restApiId);
    return toGatewayResponse(type, (await this.responses.find(scope, restApiId, type)) ?? undefined);
  }

  async put(scope: TenantScope, restApiId: string, responseType: string, body: unknown): Promise<GatewayResponse> {
    const type = parseResponseType(responseType);
    const values = parsePutGatewayResponseRequest(body);
    await this.requireRestApi(scope, restApiId);
    return toGatewayResponse(type, await this.responses.put(scope, restApiId, type, values));
  }

  /** Patching a default response customises it, starting from AWS's default values. */
  async update(scope: TenantScope, restApiId: string, responseType: string, body: unknown): Promise<GatewayResponse> {
    const type = parseResponseType(responseType);
    const operations = parsePatchOperations(body, GatewayResponsesError.invalid);
    await this.requireRestApi(scope, restApiId);
    const current = (await this.responses.find(scope, restApiId, type)) ?? defaultValues(type);
    const next = applyGatewayResponsePatch(current, operations);
    return toGatewayResponse(type, await this.responses.put(scope, restApiId, type, next));
  }

  /** Back to the default; a type that was never customised is NotFoundException, as on AWS. */
  async delete(scope: TenantScope, restApiId: string, responseType: string): Promise<void> {
    const type = parseResponseType(responseType);
    await this.requireRestApi(scope, restApiId);
    if (!(await this.responses.delete(scope, restApiId, type))) {
      throw new GatewayResponsesError(GatewayResponsesErrorCode.ResponseNotDefined, 'Gateway response type not defined on api');
    }
  }

  private async requireRestApi(scope: TenantScope, restApiId: string): Promise<void> {
    if (!(await this.restApis.exists(scope, restApiId))) throw GatewayResponsesError.restApiNotFound(scope.accountId, restApiId);
  }
}

function parseOffset(position: string | undefined): number {
  if (!position) return 0;
  const offset = Number(Buffer.from(position, 'base64url').toString('utf8'));
  if (!Number.isInteger(offset) || offset < 0) throw GatewayResponsesError.invalid('Invalid pagination token');
  return offset;
}
