import type { ApiDefinition, MethodDefinition } from './api-definition';
import { exportIntegration } from './export-extensions';
import { X } from './extension-names';
import { compact, type JsonObject } from './json-value';
import type { ApiDocumentFlavour } from './parse-api-document';

export interface OperationExportOptions {
  flavour: ApiDocumentFlavour;
  withIntegrations: boolean;
  withApiGateway: boolean;
}

/** Scheme names AWS uses for API keys and SigV4 in exports. */
export const API_KEY_SCHEME = 'api_key';
export const SIGV4_SCHEME = 'sigv4';

/** Resources and methods -> the `paths` object (resources without methods are left out, as AWS does). */
export function exportPaths(definition: ApiDefinition, options: OperationExportOptions): JsonObject {
  const paths: JsonObject = {};
  for (const resource of definition.resources) {
    const item: JsonObject = {};
    for (const method of Object.values(resource.methods)) {
      const key = method.httpMethod === 'ANY' ? X.anyMethod : method.httpMethod.toLowerCase();
      item[key] = exportOperation(method, options);
    }
    if (Object.keys(item).length > 0) paths[resource.path] = item;
  }
  return paths;
}

function exportOperation(method: MethodDefinition, options: OperationExportOptions): JsonObject {
  const swagger = options.flavour === 'swagger';
  const requestTypes = Object.keys(method.requestModels);
  const responseTypes = [...new Set(Object.values(method.methodResponses).flatMap((r) => Object.keys(r.responseModels)))];
  const parameters = exportParameters(method, swagger);
  const security = exportSecurity(method);
  const op: JsonObject = compact({
    operationId: method.operationName,
    consumes: swagger && requestTypes.length > 0 ? requestTypes : undefined,
    produces: swagger && responseTypes.length > 0 ? responseTypes : undefined,
    parameters: parameters.length > 0 ? parameters : undefined,
    requestBody: !swagger && requestTypes.length > 0 ? exportRequestBody(method) : undefined,
    responses: exportResponses(method, swagger),
    security: security.length > 0 ? security : undefined,
  });
  if (options.withApiGateway && method.requestValidatorName !== undefined) op[X.requestValidator] = method.requestValidatorName;
  if (options.withIntegrations && method.integration) op[X.integration] = exportIntegration(method.integration);
  return op;
}

const LOCATIONS: Readonly<Record<string, string>> = { path: 'path', querystring: 'query', header: 'header' };

function exportParameters(method: MethodDefinition, swagger: boolean): JsonObject[] {
  const out: JsonObject[] = [];
  for (const [key, required] of Object.entries(method.requestParameters)) {
    const match = /^method\.request\.(path|querystring|header)\.(.+)$/.exec(key);
    if (!match) continue;
    const location = LOCATIONS[match[1] as string] as string;
    const isRequired = location === 'path' || required;
    out.push(swagger
      ? { name: match[2], in: location, required: isRequired, type: 'string' }
      : { name: match[2], in: location, required: isRequired, schema: { type: 'string' } });
  }
  if (swagger) {
    // Swagger has one body schema per operation; the first request model stands for all content types.
    const model = Object.values(method.requestModels)[0];
    if (model !== undefined) out.push({ in: 'body', name: model, required: true, schema: { $ref: `#/definitions/${model}` } });
  }
  return out;
}

function exportRequestBody(method: MethodDefinition): JsonObject {
  const content: JsonObject = {};
  for (const [type, model] of Object.entries(method.requestModels)) content[type] = { schema: { $ref: `#/components/schemas/${model}` } };
  return { content, required: true };
}

function exportResponses(method: MethodDefinition, swagger: boolean): JsonObject {
  const responses: JsonObject = {};
  for (const response of Object.values(method.methodResponses)) {
    const headers: JsonObject = {};
    for (const [key, required] of Object.entries(response.responseParameters)) {
      const name = /^method\.response\.header\.(.+)$/.exec(key)?.[1];
      if (name === undefined) continue;
      // Swagger 2.0 headers cannot say `required`; OAS 3 headers can.
      headers[name] = swagger ? { type: 'string' } : compact({ required: required ? true : undefined, schema: { type: 'string' } });
    }
    const models = Object.entries(response.responseModels);
    const out: JsonObject = { description: `${response.statusCode} response` };
    if (Object.keys(headers).length > 0) out['headers'] = headers;
    if (swagger && models.length > 0) out['schema'] = { $ref: `#/definitions/${(models[0] as [string, string])[1]}` };
    if (!swagger && models.length > 0) {
      const content: JsonObject = {};
      for (const [type, model] of models) content[type] = { schema: { $ref: `#/components/schemas/${model}` } };
      out['content'] = content;
    }
    responses[response.statusCode] = out;
  }
  return responses;
}

function exportSecurity(method: MethodDefinition): JsonObject[] {
  const out: JsonObject[] = [];
  if (method.authorizationType === 'AWS_IAM') out.push({ [SIGV4_SCHEME]: [] });
  if (method.authorizerName !== undefined && (method.authorizationType === 'CUSTOM' || method.authorizationType === 'COGNITO_USER_POOLS')) {
    out.push({ [method.authorizerName]: method.authorizationScopes ?? [] });
  }
  if (method.apiKeyRequired) out.push({ [API_KEY_SCHEME]: [] });
  return out;
}
