import type { IntegrationEntity, IntegrationResponseEntity } from '@tollgate/persistence';

/** AWS `IntegrationResponse` wire shape. */
export interface IntegrationResponse {
  statusCode: string;
  selectionPattern?: string;
  responseParameters?: Record<string, string>;
  responseTemplates?: Record<string, string>;
  contentHandling?: string;
}

/** AWS `Integration` wire shape (`httpMethod` is the integration's own verb). */
export interface Integration {
  type: string;
  httpMethod?: string;
  uri?: string;
  connectionType?: string;
  connectionId?: string;
  credentials?: string;
  requestParameters?: Record<string, string>;
  requestTemplates?: Record<string, string>;
  passthroughBehavior: string;
  contentHandling?: string;
  timeoutInMillis: number;
  cacheNamespace?: string;
  cacheKeyParameters: string[];
  integrationResponses?: Record<string, IntegrationResponse>;
  tlsConfig?: { insecureSkipVerification?: boolean };
}

export function toIntegration(entity: IntegrationEntity, responses?: IntegrationResponseEntity[]): Integration {
  return {
    type: entity.type,
    httpMethod: entity.integrationHttpMethod ?? undefined,
    uri: entity.uri ?? undefined,
    connectionType: entity.connectionType ?? undefined,
    connectionId: entity.connectionId ?? undefined,
    credentials: entity.credentials ?? undefined,
    requestParameters: nonEmpty(entity.requestParameters),
    requestTemplates: nonEmpty(entity.requestTemplates),
    passthroughBehavior: entity.passthroughBehavior,
    contentHandling: entity.contentHandling ?? undefined,
    timeoutInMillis: entity.timeoutInMillis,
    cacheNamespace: entity.cacheNamespace ?? undefined,
    cacheKeyParameters: entity.cacheKeyParameters,
    integrationResponses: responses && responses.length > 0 ? Object.fromEntries(responses.map((r) => [r.statusCode, toIntegrationResponse(r)])) : undefined,
    tlsConfig: entity.tlsConfig ?? undefined,
  };
}

export function toIntegrationResponse(entity: IntegrationResponseEntity): IntegrationResponse {
  return {
    statusCode: entity.statusCode,
    selectionPattern: entity.selectionPattern ?? undefined,
    responseParameters: nonEmpty(entity.responseParameters),
    responseTemplates: nonEmpty(entity.responseTemplates),
    contentHandling: entity.contentHandling ?? undefined,
  };
}

/** AWS leaves empty maps out of its answers. */
function nonEmpty<T>(map: Record<string, T>): Record<string, T> | undefined {
  return Object.keys(map).length > 0 ? map : undefined;
}
