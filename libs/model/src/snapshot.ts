import type { GatewayResponseTypeName } from './gateway-response-type';

/**
 * The immutable deployment snapshot: exactly what CreateDeployment freezes.
 * Written once to Redis under `snapshot:{deploymentId}`; never changed afterwards.
 * Stage settings, keys and plans are NOT here (they change without a redeploy): see stage-record.ts.
 */
export const SNAPSHOT_SCHEMA_VERSION = 1;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'HEAD' | 'OPTIONS' | 'ANY';
export const HTTP_METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'ANY'];

export type IntegrationType = 'HTTP' | 'HTTP_PROXY' | 'MOCK' | 'AWS' | 'AWS_PROXY';
export type PassthroughBehavior = 'WHEN_NO_MATCH' | 'WHEN_NO_TEMPLATES' | 'NEVER';
export type ContentHandling = 'CONVERT_TO_BINARY' | 'CONVERT_TO_TEXT';
export type ApiKeySource = 'HEADER' | 'AUTHORIZER';
export type AuthorizationType = 'NONE' | 'AWS_IAM' | 'CUSTOM' | 'COGNITO_USER_POOLS';

export interface Snapshot {
  schemaVersion: number;
  /** sha256 of the canonical JSON of everything below except `hash` itself. */
  hash: string;
  deploymentId: string;
  restApiId: string;
  accountId: string;
  region: string;
  /** epoch seconds */
  createdDate: number;
  apiKeySource: ApiKeySource;
  binaryMediaTypes: string[];
  minimumCompressionSize?: number;
  disableExecuteApiEndpoint: boolean;
  resources: SnapshotResource[];
  /** model name -> content type and JSON schema with $refs to other models resolved. */
  models: Record<string, SnapshotModel>;
  requestValidators: Record<string, SnapshotRequestValidator>;
  authorizers: Record<string, SnapshotAuthorizer>;
  /** Only the gateway responses the user customised; the data plane falls back to built-in defaults. */
  gatewayResponses: Partial<Record<GatewayResponseTypeName, SnapshotGatewayResponse>>;
}

export interface SnapshotResource {
  id: string;
  parentId?: string;
  /** Full path template, e.g. `/pets/{petId}`; the root is `/`. */
  path: string;
  pathPart?: string;
  methods: Partial<Record<HttpMethod, SnapshotMethod>>;
}

export interface SnapshotMethod {
  httpMethod: HttpMethod;
  authorizationType: AuthorizationType;
  authorizerId?: string;
  authorizationScopes?: string[];
  apiKeyRequired: boolean;
  operationName?: string;
  /** e.g. `method.request.header.x-foo` -> required */
  requestParameters: Record<string, boolean>;
  /** content type -> model name */
  requestModels: Record<string, string>;
  requestValidatorId?: string;
  methodResponses: Record<string, SnapshotMethodResponse>;
  integration: SnapshotIntegration;
}

export interface SnapshotMethodResponse {
  statusCode: string;
  responseParameters: Record<string, boolean>;
  responseModels: Record<string, string>;
}

export interface SnapshotIntegration {
  type: IntegrationType;
  /** The integration's own HTTP method (AWS wire name `httpMethod`). */
  httpMethod?: string;
  uri?: string;
  connectionType?: 'INTERNET' | 'VPC_LINK';
  connectionId?: string;
  credentials?: string;
  requestParameters: Record<string, string>;
  requestTemplates: Record<string, string>;
  passthroughBehavior: PassthroughBehavior;
  contentHandling?: ContentHandling;
  /** default 29000 */
  timeoutInMillis: number;
  cacheNamespace?: string;
  cacheKeyParameters: string[];
  tlsConfig?: { insecureSkipVerification?: boolean };
  integrationResponses: Record<string, SnapshotIntegrationResponse>;
}

export interface SnapshotIntegrationResponse {
  statusCode: string;
  selectionPattern?: string;
  responseParameters: Record<string, string>;
  responseTemplates: Record<string, string>;
  contentHandling?: ContentHandling;
}

export interface SnapshotModel {
  name: string;
  contentType: string;
  /** JSON Schema draft 4, with references to other models of the API resolved. */
  schema: unknown;
}

export interface SnapshotRequestValidator {
  id: string;
  name: string;
  validateRequestBody: boolean;
  validateRequestParameters: boolean;
}

export interface SnapshotAuthorizer {
  id: string;
  name: string;
  type: 'TOKEN' | 'REQUEST' | 'COGNITO_USER_POOLS';
  authorizerUri?: string;
  authorizerCredentials?: string;
  identitySource?: string;
  identityValidationExpression?: string;
  authorizerResultTtlInSeconds: number;
  providerARNs?: string[];
}

export interface SnapshotGatewayResponse {
  responseType: GatewayResponseTypeName;
  statusCode?: string;
  responseParameters: Record<string, string>;
  responseTemplates: Record<string, string>;
}
