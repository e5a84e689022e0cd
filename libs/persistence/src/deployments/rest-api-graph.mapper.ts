import type { AuthorizationType, ContentHandling, HttpMethod, IntegrationType, PassthroughBehavior } from '@tollgate/model';
import type { GraphIntegration, GraphMethod, GraphResource } from '@tollgate/snapshot-compiler';
import type { IntegrationResponseEntity } from '../integrations/integration-response.entity';
import type { IntegrationEntity } from '../integrations/integration.entity';
import type { MethodResponseEntity } from '../methods/method-response.entity';
import type { MethodEntity } from '../methods/method.entity';
import type { ResourceEntity } from '../resources/resource.entity';

/** Rows of one REST API, grouped by method key (`{resourceId} {httpMethod}`). */
export interface MethodRows {
  methods: MethodEntity[];
  methodResponses: MethodResponseEntity[];
  integrations: IntegrationEntity[];
  integrationResponses: IntegrationResponseEntity[];
}

/** Builds the compiler's resource list from stored rows (values were validated when written). */
export function toGraphResources(resources: ResourceEntity[], rows: MethodRows): GraphResource[] {
  const methodResponses = groupBy(rows.methodResponses);
  const integrationResponses = groupBy(rows.integrationResponses);
  const integrations = new Map(rows.integrations.map((i) => [methodKey(i), i]));
  const methods = groupBy(rows.methods, (m) => m.resourceId);
  return resources.map((resource) => ({
    id: resource.id,
    parentId: resource.parentId ?? undefined,
    path: resource.path,
    pathPart: resource.pathPart ?? undefined,
    methods: (methods.get(resource.id) ?? []).map((method) => {
      const key = methodKey(method);
      const integration = integrations.get(key);
      return toGraphMethod(method, methodResponses.get(key) ?? [], integration && toGraphIntegration(integration, integrationResponses.get(key) ?? []));
    }),
  }));
}

function toGraphMethod(method: MethodEntity, responses: MethodResponseEntity[], integration: GraphIntegration | undefined): GraphMethod {
  return {
    httpMethod: method.httpMethod as HttpMethod,
    authorizationType: method.authorizationType as AuthorizationType,
    authorizerId: method.authorizerId ?? undefined,
    authorizationScopes: method.authorizationScopes ?? undefined,
    apiKeyRequired: method.apiKeyRequired,
    operationName: method.operationName ?? undefined,
    requestParameters: method.requestParameters,
    requestModels: method.requestModels,
    requestValidatorId: method.requestValidatorId ?? undefined,
    methodResponses: responses.map((r) => ({ statusCode: r.statusCode, responseParameters: r.responseParameters, responseModels: r.responseModels })),
    integration,
  };
}

function toGraphIntegration(integration: IntegrationEntity, responses: IntegrationResponseEntity[]): GraphIntegration {
  return {
    type: integration.type as IntegrationType,
    httpMethod: integration.integrationHttpMethod ?? undefined,
    uri: integration.uri ?? undefined,
    connectionType: (integration.connectionType ?? undefined) as GraphIntegration['connectionType'],
    connectionId: integration.connectionId ?? undefined,
    credentials: integration.credentials ?? undefined,
    requestParameters: integration.requestParameters,
    requestTemplates: integration.requestTemplates,
    passthroughBehavior: integration.passthroughBehavior as PassthroughBehavior,
    contentHandling: (integration.contentHandling ?? undefined) as ContentHandling | undefined,
    timeoutInMillis: integration.timeoutInMillis,
    cacheNamespace: integration.cacheNamespace ?? undefined,
    cacheKeyParameters: integration.cacheKeyParameters,
    tlsConfig: integration.tlsConfig ?? undefined,
    integrationResponses: responses.map((r) => ({
      statusCode: r.statusCode,
      selectionPattern: r.selectionPattern ?? undefined,
      responseParameters: r.responseParameters,
      responseTemplates: r.responseTemplates,
      contentHandling: (r.contentHandling ?? undefined) as ContentHandling | undefined,
    })),
  };
}

function methodKey(row: { resourceId: string; httpMethod: string }): string {
  return `${row.resourceId} ${row.httpMethod}`;
}

function groupBy<T extends { resourceId: string; httpMethod: string }>(rows: T[], key: (row: T) => string = methodKey): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
