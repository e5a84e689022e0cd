import type { AuthorizerDefinition, IntegrationDefinition } from './api-definition';
import { X } from './extension-names';
import { compact, type JsonObject } from './json-value';

/** Integration -> x-amazon-apigateway-integration, with AWS's lower-case enums and responses keyed by pattern. */
export function exportIntegration(integration: IntegrationDefinition): JsonObject {
  const responses: JsonObject = {};
  for (const response of Object.values(integration.integrationResponses)) {
    responses[response.selectionPattern ?? 'default'] = compact({
      statusCode: response.statusCode,
      responseParameters: nonEmpty(response.responseParameters),
      responseTemplates: nonEmpty(response.responseTemplates),
      contentHandling: response.contentHandling,
    });
  }
  return compact({
    type: integration.type.toLowerCase(),
    httpMethod: integration.httpMethod,
    uri: integration.uri,
    connectionType: integration.connectionType,
    connectionId: integration.connectionId,
    credentials: integration.credentials,
    requestParameters: nonEmpty(integration.requestParameters),
    requestTemplates: nonEmpty(integration.requestTemplates),
    responses: Object.keys(responses).length > 0 ? responses : undefined,
    passthroughBehavior: integration.passthroughBehavior?.toLowerCase(),
    contentHandling: integration.contentHandling,
    timeoutInMillis: integration.timeoutInMillis,
    cacheNamespace: integration.cacheNamespace,
    cacheKeyParameters: integration.cacheKeyParameters.length > 0 ? integration.cacheKeyParameters : undefined,
    tlsConfig: integration.tlsConfig,
  });
}

/** Authorizer -> an apiKey security scheme carrying x-amazon-apigateway-authtype (+ -authorizer when asked). */
export function exportAuthorizerScheme(authorizer: AuthorizerDefinition, withAuthorizer: boolean): JsonObject {
  const header = /^method\.request\.header\.([^,\s]+)$/.exec(authorizer.identitySource ?? '')?.[1];
  const scheme: JsonObject = {
    type: 'apiKey',
    // AWS writes the identity header as the scheme's name; REQUEST authorizers have no single header.
    name: authorizer.type === 'REQUEST' ? 'Unused' : (header ?? 'Authorization'),
    in: 'header',
    [X.authtype]: authorizer.authType ?? (authorizer.type === 'COGNITO_USER_POOLS' ? 'cognito_user_pools' : 'custom'),
  };
  if (withAuthorizer) {
    scheme[X.authorizer] = compact({
      type: authorizer.type.toLowerCase(),
      authorizerUri: authorizer.authorizerUri,
      authorizerCredentials: authorizer.authorizerCredentials,
      identitySource: authorizer.identitySource,
      identityValidationExpression: authorizer.identityValidationExpression,
      authorizerResultTtlInSeconds: authorizer.authorizerResultTtlInSeconds,
      providerARNs: authorizer.providerARNs,
    });
  }
  return scheme;
}

export function nonEmpty<T extends object>(value: T): T | undefined {
  return Object.keys(value).length > 0 ? value : undefined;
}
