import type { MethodEntity, MethodResponseEntity } from '@tollgate/persistence';
import type { Integration } from '../integrations/integration.mapper';

/** AWS `MethodResponse` wire shape. */
export interface MethodResponse {
  statusCode: string;
  responseParameters?: Record<string, boolean>;
  responseModels?: Record<string, string>;
}

/** AWS `Method` wire shape. */
export interface Method {
  httpMethod: string;
  authorizationType: string;
  authorizerId?: string;
  apiKeyRequired: boolean;
  requestValidatorId?: string;
  operationName?: string;
  requestParameters?: Record<string, boolean>;
  requestModels?: Record<string, string>;
  methodResponses?: Record<string, MethodResponse>;
  methodIntegration?: Integration;
  authorizationScopes?: string[];
}

export function toMethod(entity: MethodEntity, responses: MethodResponseEntity[] = [], integration?: Integration): Method {
  return {
    httpMethod: entity.httpMethod,
    authorizationType: entity.authorizationType,
    authorizerId: entity.authorizerId ?? undefined,
    apiKeyRequired: entity.apiKeyRequired,
    requestValidatorId: entity.requestValidatorId ?? undefined,
    operationName: entity.operationName ?? undefined,
    requestParameters: nonEmpty(entity.requestParameters),
    requestModels: nonEmpty(entity.requestModels),
    methodResponses: responses.length > 0 ? Object.fromEntries(responses.map((r) => [r.statusCode, toMethodResponse(r)])) : undefined,
    methodIntegration: integration,
    authorizationScopes: entity.authorizationScopes ?? undefined,
  };
}

export function toMethodResponse(entity: MethodResponseEntity): MethodResponse {
  return { statusCode: entity.statusCode, responseParameters: nonEmpty(entity.responseParameters), responseModels: nonEmpty(entity.responseModels) };
}

/** AWS leaves empty maps out of its answers. */
function nonEmpty<T>(map: Record<string, T>): Record<string, T> | undefined {
  return Object.keys(map).length > 0 ? map : undefined;
}
