import type {
  ApiDefinition,
  AuthorizerDefinition,
  IntegrationDefinition,
  IntegrationResponseDefinition,
  MethodDefinition,
  MethodResponseDefinition,
} from '@tollgate/openapi';
import type { AuthorizerEntity } from '../authorizers/authorizer.entity';
import type { IntegrationResponseEntity } from '../integrations/integration-response.entity';
import type { IntegrationEntity } from '../integrations/integration.entity';
import type { MethodResponseEntity } from '../methods/method-response.entity';
import type { MethodEntity } from '../methods/method.entity';
import type { RestApiEntity } from '../rest-apis/rest-api.entity';

/** AWS's default for authorizerResultTtlInSeconds when a document leaves it out. */
const DEFAULT_AUTHORIZER_TTL = 300;
const DEFAULT_TIMEOUT_MS = 29000;

type Tenant = { accountId: string; region: string };
type MethodRowKey = Tenant & { restApiId: string; resourceId: string; httpMethod: string };

/** The REST API columns an imported definition sets (the endpoint configuration only when it has one). */
export function toRestApiValues(definition: ApiDefinition): Partial<RestApiEntity> {
  const values: Partial<RestApiEntity> = {
    name: definition.name,
    description: definition.description ?? null,
    version: definition.version ?? null,
    binaryMediaTypes: definition.binaryMediaTypes,
    apiKeySource: definition.apiKeySource ?? 'HEADER',
    minimumCompressionSize: definition.minimumCompressionSize ?? null,
    policy: definition.policy ?? null,
    disableExecuteApiEndpoint: definition.disableExecuteApiEndpoint ?? false,
  };
  if (definition.endpointConfiguration?.types !== undefined) {
    values.endpointConfiguration = { types: definition.endpointConfiguration.types, ...optional('vpcEndpointIds', definition.endpointConfiguration.vpcEndpointIds) };
  }
  return values;
}

export function toAuthorizerValues(authorizer: AuthorizerDefinition): Partial<AuthorizerEntity> & { name: string } {
  return {
    name: authorizer.name,
    type: authorizer.type,
    authType: authorizer.authType ?? null,
    authorizerUri: authorizer.authorizerUri ?? null,
    authorizerCredentials: authorizer.authorizerCredentials ?? null,
    identitySource: authorizer.identitySource ?? null,
    identityValidationExpression: authorizer.identityValidationExpression ?? null,
    authorizerResultTtlInSeconds: authorizer.authorizerResultTtlInSeconds ?? DEFAULT_AUTHORIZER_TTL,
    providerArns: authorizer.providerARNs ?? null,
  };
}

export function toMethodRow(key: MethodRowKey, method: MethodDefinition, ids: { authorizerId: string | null; requestValidatorId: string | null }): MethodEntity {
  return {
    ...key,
    authorizationType: method.authorizationType,
    authorizerId: ids.authorizerId,
    authorizationScopes: method.authorizationScopes ?? null,
    apiKeyRequired: method.apiKeyRequired,
    operationName: method.operationName ?? null,
    requestParameters: method.requestParameters,
    requestModels: method.requestModels,
    requestValidatorId: ids.requestValidatorId,
  };
}

export function toMethodResponseRow(key: MethodRowKey, response: MethodResponseDefinition): MethodResponseEntity {
  return { ...key, statusCode: response.statusCode, responseParameters: response.responseParameters, responseModels: response.responseModels };
}

export function toIntegrationRow(key: MethodRowKey, integration: IntegrationDefinition): IntegrationEntity {
  return {
    ...key,
    type: integration.type,
    integrationHttpMethod: integration.httpMethod ?? null,
    uri: integration.uri ?? null,
    connectionType: integration.connectionType ?? null,
    connectionId: integration.connectionId ?? null,
    credentials: integration.credentials ?? null,
    requestParameters: integration.requestParameters,
    requestTemplates: integration.requestTemplates,
    passthroughBehavior: integration.passthroughBehavior ?? 'WHEN_NO_MATCH',
    contentHandling: integration.contentHandling ?? null,
    timeoutInMillis: integration.timeoutInMillis ?? DEFAULT_TIMEOUT_MS,
    cacheNamespace: integration.cacheNamespace ?? null,
    cacheKeyParameters: integration.cacheKeyParameters,
    tlsConfig: integration.tlsConfig ?? null,
  };
}

export function toIntegrationResponseRow(key: MethodRowKey, response: IntegrationResponseDefinition): IntegrationResponseEntity {
  return {
    ...key,
    statusCode: response.statusCode,
    selectionPattern: response.selectionPattern ?? null,
    responseParameters: response.responseParameters,
    responseTemplates: response.responseTemplates,
    contentHandling: response.contentHandling ?? null,
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
