import type {
  ApiKeySource,
  AuthorizationType,
  ContentHandling,
  GatewayResponseTypeName,
  HttpMethod,
  IntegrationType,
  PassthroughBehavior,
} from '@tollgate/model';

/**
 * A REST API definition as plain objects, independent of storage and of the OpenAPI flavour it came from.
 * Field names are AWS's (RestApi, Method, Integration, IntegrationResponse, Model, Authorizer, RequestValidator,
 * GatewayResponse, DocumentationPart); entities refer to each other by name, since ids do not exist yet.
 */
export interface ApiDefinition {
  name: string;
  description?: string;
  version?: string;
  apiKeySource?: ApiKeySource;
  binaryMediaTypes: string[];
  minimumCompressionSize?: number;
  /** IAM policy document as JSON text, as in RestApi.policy. */
  policy?: string;
  endpointConfiguration?: EndpointConfigurationDefinition;
  disableExecuteApiEndpoint?: boolean;
  /** One entry per resource path, parents before children; the root `/` is always present. */
  resources: ResourceDefinition[];
  models: ModelDefinition[];
  requestValidators: RequestValidatorDefinition[];
  authorizers: AuthorizerDefinition[];
  gatewayResponses: GatewayResponseDefinition[];
  documentationParts: DocumentationPartDefinition[];
  documentationVersion?: string;
}

export type EndpointType = 'EDGE' | 'REGIONAL' | 'PRIVATE';

export interface EndpointConfigurationDefinition {
  types?: EndpointType[];
  vpcEndpointIds?: string[];
}

export interface ResourceDefinition {
  /** Full path template, e.g. `/pets/{petId}`. */
  path: string;
  methods: Partial<Record<HttpMethod, MethodDefinition>>;
}

export interface MethodDefinition {
  httpMethod: HttpMethod;
  authorizationType: AuthorizationType;
  authorizerName?: string;
  authorizationScopes?: string[];
  apiKeyRequired: boolean;
  operationName?: string;
  /** `method.request.{path|querystring|header}.{name}` -> required */
  requestParameters: Record<string, boolean>;
  /** content type -> model name */
  requestModels: Record<string, string>;
  requestValidatorName?: string;
  /** status code -> method response */
  methodResponses: Record<string, MethodResponseDefinition>;
  /** Absent when the document declares no x-amazon-apigateway-integration (AWS then creates the method without one). */
  integration?: IntegrationDefinition;
}

export interface MethodResponseDefinition {
  statusCode: string;
  /** `method.response.header.{name}` -> required */
  responseParameters: Record<string, boolean>;
  /** content type -> model name */
  responseModels: Record<string, string>;
}

export interface IntegrationDefinition {
  type: IntegrationType;
  /** The integration's own HTTP method (AWS wire name `httpMethod`). */
  httpMethod?: string;
  uri?: string;
  connectionType?: 'INTERNET' | 'VPC_LINK';
  connectionId?: string;
  credentials?: string;
  requestParameters: Record<string, string>;
  requestTemplates: Record<string, string>;
  passthroughBehavior?: PassthroughBehavior;
  contentHandling?: ContentHandling;
  timeoutInMillis?: number;
  cacheNamespace?: string;
  cacheKeyParameters: string[];
  tlsConfig?: { insecureSkipVerification?: boolean };
  /** status code -> integration response (AWS Integration.integrationResponses). */
  integrationResponses: Record<string, IntegrationResponseDefinition>;
}

export interface IntegrationResponseDefinition {
  statusCode: string;
  /** Absent for the `default` response. */
  selectionPattern?: string;
  responseParameters: Record<string, string>;
  responseTemplates: Record<string, string>;
  contentHandling?: ContentHandling;
}

export interface ModelDefinition {
  name: string;
  contentType: string;
  description?: string;
  /** JSON Schema draft 4 as JSON text (Model.schema); references to other models use AWS model URLs. */
  schema: string;
}

export interface RequestValidatorDefinition {
  name: string;
  validateRequestBody: boolean;
  validateRequestParameters: boolean;
}

export type AuthorizerType = 'TOKEN' | 'REQUEST' | 'COGNITO_USER_POOLS';

export interface AuthorizerDefinition {
  name: string;
  type: AuthorizerType;
  /** x-amazon-apigateway-authtype as written in the document (e.g. `custom`, `cognito_user_pools`). */
  authType?: string;
  authorizerUri?: string;
  authorizerCredentials?: string;
  identitySource?: string;
  identityValidationExpression?: string;
  authorizerResultTtlInSeconds?: number;
  providerARNs?: string[];
}

export interface GatewayResponseDefinition {
  responseType: GatewayResponseTypeName;
  statusCode?: string;
  responseParameters: Record<string, string>;
  responseTemplates: Record<string, string>;
}

export type DocumentationPartType =
  | 'API' | 'AUTHORIZER' | 'MODEL' | 'RESOURCE' | 'METHOD' | 'PATH_PARAMETER' | 'QUERY_PARAMETER'
  | 'REQUEST_HEADER' | 'REQUEST_BODY' | 'RESPONSE' | 'RESPONSE_HEADER' | 'RESPONSE_BODY';

export interface DocumentationPartLocation {
  type: DocumentationPartType;
  path?: string;
  method?: string;
  statusCode?: string;
  name?: string;
}

export interface DocumentationPartDefinition {
  location: DocumentationPartLocation;
  /** JSON text, as in DocumentationPart.properties. */
  properties: string;
}
