import type {
  ApiKeySource,
  AuthorizationType,
  ContentHandling,
  GatewayResponseTypeName,
  HttpMethod,
  IntegrationType,
  PassthroughBehavior,
} from '@tollgate/model';
import type {
  ApiDefinition,
  AuthorizerDefinition,
  DocumentationPartType,
  EndpointType,
  IntegrationDefinition,
  MethodDefinition,
  ResourceDefinition,
} from '@tollgate/openapi';
import type { AuthorizerEntity } from '../authorizers/authorizer.entity';
import type { DocumentationPartEntity } from '../documentation-parts/documentation-part.entity';
import type { GatewayResponseEntity } from '../gateway-responses/gateway-response.entity';
import type { IntegrationResponseEntity } from '../integrations/integration-response.entity';
import type { IntegrationEntity } from '../integrations/integration.entity';
import type { MethodResponseEntity } from '../methods/method-response.entity';
import type { MethodEntity } from '../methods/method.entity';
import type { ModelEntity } from '../models/model.entity';
import type { RequestValidatorEntity } from '../request-validators/request-validator.entity';
import type { ResourceEntity } from '../resources/resource.entity';
import type { RestApiEntity } from '../rest-apis/rest-api.entity';

/** Every stored row of one REST API that an export reads. */
export interface ApiRows {
  restApi: RestApiEntity;
  resources: ResourceEntity[];
  methods: MethodEntity[];
  methodResponses: MethodResponseEntity[];
  integrations: IntegrationEntity[];
  integrationResponses: IntegrationResponseEntity[];
  models: ModelEntity[];
  requestValidators: RequestValidatorEntity[];
  authorizers: AuthorizerEntity[];
  gatewayResponses: GatewayResponseEntity[];
  documentationParts: DocumentationPartEntity[];
}

/** Stored rows -> ApiDefinition (entities refer to each other by name). */
export function toApiDefinition(rows: ApiRows): ApiDefinition {
  const { restApi } = rows;
  const authorizerNames = new Map(rows.authorizers.map((a) => [a.id, a.name]));
  const validatorNames = new Map(rows.requestValidators.map((v) => [v.id, v.name ?? v.id]));
  const definition: ApiDefinition = {
    name: restApi.name,
    apiKeySource: restApi.apiKeySource as ApiKeySource,
    binaryMediaTypes: restApi.binaryMediaTypes,
    disableExecuteApiEndpoint: restApi.disableExecuteApiEndpoint,
    endpointConfiguration: {
      types: restApi.endpointConfiguration.types as EndpointType[],
      ...(restApi.endpointConfiguration.vpcEndpointIds ? { vpcEndpointIds: restApi.endpointConfiguration.vpcEndpointIds } : {}),
    },
    resources: toResources(rows, authorizerNames, validatorNames),
    models: rows.models.map((m) => ({ name: m.name, contentType: m.contentType, schema: m.schema ?? '{}', ...(m.description !== null ? { description: m.description } : {}) })),
    requestValidators: rows.requestValidators.map((v) => ({ name: v.name ?? v.id, validateRequestBody: v.validateRequestBody, validateRequestParameters: v.validateRequestParameters })),
    authorizers: rows.authorizers.map(toAuthorizerDefinition),
    gatewayResponses: rows.gatewayResponses.map((g) => ({
      responseType: g.responseType as GatewayResponseTypeName,
      ...(g.statusCode !== null ? { statusCode: g.statusCode } : {}),
      responseParameters: g.responseParameters,
      responseTemplates: g.responseTemplates,
    })),
    documentationParts: rows.documentationParts.map((p) => ({ location: { ...p.location, type: p.location.type as DocumentationPartType }, properties: p.properties })),
  };
  if (restApi.description !== null) definition.description = restApi.description;
  if (restApi.version !== null) definition.version = restApi.version;
  if (restApi.minimumCompressionSize !== null) definition.minimumCompressionSize = restApi.minimumCompressionSize;
  if (restApi.policy !== null) definition.policy = restApi.policy;
  return definition;
}

function toResources(rows: ApiRows, authorizerNames: Map<string, string>, validatorNames: Map<string, string>): ResourceDefinition[] {
  const key = (r: { resourceId: string; httpMethod: string }): string => `${r.resourceId} ${r.httpMethod}`;
  const integrations = new Map(rows.integrations.map((i) => [key(i), i]));
  return [...rows.resources]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((resource) => {
      const methods: Partial<Record<HttpMethod, MethodDefinition>> = {};
      for (const method of rows.methods.filter((m) => m.resourceId === resource.id)) {
        const k = key(method);
        const integration = integrations.get(k);
        const definition: MethodDefinition = {
          httpMethod: method.httpMethod as HttpMethod,
          authorizationType: method.authorizationType as AuthorizationType,
          apiKeyRequired: method.apiKeyRequired,
          requestParameters: method.requestParameters,
          requestModels: method.requestModels,
          methodResponses: Object.fromEntries(rows.methodResponses.filter((r) => key(r) === k).map((r) => [r.statusCode, {
            statusCode: r.statusCode,
            responseParameters: r.responseParameters,
            responseModels: r.responseModels,
          }])),
        };
        const authorizerName = method.authorizerId !== null ? authorizerNames.get(method.authorizerId) : undefined;
        if (authorizerName !== undefined) definition.authorizerName = authorizerName;
        if (method.authorizationScopes !== null) definition.authorizationScopes = method.authorizationScopes;
        if (method.operationName !== null) definition.operationName = method.operationName;
        const validatorName = method.requestValidatorId !== null ? validatorNames.get(method.requestValidatorId) : undefined;
        if (validatorName !== undefined) definition.requestValidatorName = validatorName;
        if (integration) definition.integration = toIntegrationDefinition(integration, rows.integrationResponses.filter((r) => key(r) === k));
        methods[method.httpMethod as HttpMethod] = definition;
      }
      return { path: resource.path, methods };
    });
}

function toIntegrationDefinition(integration: IntegrationEntity, responses: IntegrationResponseEntity[]): IntegrationDefinition {
  const out: IntegrationDefinition = {
    type: integration.type as IntegrationType,
    requestParameters: integration.requestParameters,
    requestTemplates: integration.requestTemplates,
    passthroughBehavior: integration.passthroughBehavior as PassthroughBehavior,
    timeoutInMillis: integration.timeoutInMillis,
    cacheKeyParameters: integration.cacheKeyParameters,
    integrationResponses: Object.fromEntries(responses.map((r) => [r.statusCode, {
      statusCode: r.statusCode,
      responseParameters: r.responseParameters,
      responseTemplates: r.responseTemplates,
      ...(r.selectionPattern !== null ? { selectionPattern: r.selectionPattern } : {}),
      ...(r.contentHandling !== null ? { contentHandling: r.contentHandling as ContentHandling } : {}),
    }])),
  };
  if (integration.integrationHttpMethod !== null) out.httpMethod = integration.integrationHttpMethod;
  if (integration.uri !== null) out.uri = integration.uri;
  if (integration.connectionType !== null) out.connectionType = integration.connectionType as 'INTERNET' | 'VPC_LINK';
  if (integration.connectionId !== null) out.connectionId = integration.connectionId;
  if (integration.credentials !== null) out.credentials = integration.credentials;
  if (integration.contentHandling !== null) out.contentHandling = integration.contentHandling as ContentHandling;
  if (integration.cacheNamespace !== null) out.cacheNamespace = integration.cacheNamespace;
  if (integration.tlsConfig !== null) out.tlsConfig = integration.tlsConfig;
  return out;
}

function toAuthorizerDefinition(a: AuthorizerEntity): AuthorizerDefinition {
  const out: AuthorizerDefinition = { name: a.name, type: a.type as AuthorizerDefinition['type'], authorizerResultTtlInSeconds: a.authorizerResultTtlInSeconds };
  if (a.authType !== null) out.authType = a.authType;
  if (a.authorizerUri !== null) out.authorizerUri = a.authorizerUri;
  if (a.authorizerCredentials !== null) out.authorizerCredentials = a.authorizerCredentials;
  if (a.identitySource !== null) out.identitySource = a.identitySource;
  if (a.identityValidationExpression !== null) out.identityValidationExpression = a.identityValidationExpression;
  if (a.providerArns !== null) out.providerARNs = a.providerArns;
  return out;
}
