import type { HttpMethod } from '@tollgate/model';
import type { MethodDefinition, MethodResponseDefinition } from './api-definition';
import { X } from './extension-names';
import type { ImportContext } from './import-context';
import { importIntegration } from './import-integration';
import { modelForSchema } from './import-models';
import { asObject, asString, asStringArray, isObject, type JsonObject } from './json-value';
import { resolveLocal } from './local-refs';

const OPERATION_KEYS: ReadonlyArray<[string, HttpMethod]> = [
  ['get', 'GET'], ['put', 'PUT'], ['post', 'POST'], ['delete', 'DELETE'], ['options', 'OPTIONS'],
  ['head', 'HEAD'], ['patch', 'PATCH'], [X.anyMethod, 'ANY'],
];

const PARAMETER_LOCATIONS: Readonly<Record<string, string>> = { path: 'path', query: 'querystring', header: 'header' };

/** One path item -> its methods (x-amazon-apigateway-any-method becomes ANY). */
export function importPathItem(ctx: ImportContext, path: string, rawItem: unknown): Partial<Record<HttpMethod, MethodDefinition>> {
  const item = asObject(resolveLocal(ctx.doc, rawItem));
  const methods: Partial<Record<HttpMethod, MethodDefinition>> = {};
  for (const [key, httpMethod] of OPERATION_KEYS) {
    if (!isObject(item[key])) continue;
    methods[httpMethod] = importOperation(ctx, path, httpMethod, item[key], item['parameters']);
  }
  if (item['trace'] !== undefined) ctx.warnings.push(`Unsupported HTTP method 'TRACE' on path '${path}'. Ignoring.`);
  return methods;
}

function importOperation(ctx: ImportContext, path: string, httpMethod: HttpMethod, op: JsonObject, pathParams: unknown): MethodDefinition {
  const where = `'${httpMethod} ${path}'`;
  const attribute = `paths.'${path}'(${httpMethod === 'ANY' ? X.anyMethod : httpMethod.toLowerCase()})`;
  const method: MethodDefinition = {
    httpMethod,
    authorizationType: 'NONE',
    apiKeyRequired: false,
    requestParameters: {},
    requestModels: {},
    methodResponses: {},
  };
  const operationName = asString(op['operationId']);
  if (operationName !== undefined) method.operationName = operationName;
  importParameters(ctx, method, where, attribute, pathParams, op['parameters'], op);
  if (ctx.flavour === 'oas30' && op['requestBody'] !== undefined) importRequestBody(ctx, method, attribute, op['requestBody']);
  importResponses(ctx, method, where, attribute, op);
  importAuthorization(ctx, method, where, op);
  const validator = asString(op[X.requestValidator]) ?? ctx.defaultValidatorName;
  if (validator !== undefined) {
    if (ctx.validatorNames.has(validator)) method.requestValidatorName = validator;
    else ctx.warnings.push(`Request validator '${validator}' not found for method ${where}. Ignoring.`);
  }
  if (op[X.integration] !== undefined) {
    const integration = importIntegration(op[X.integration], `method ${where}`, ctx.errors);
    if (integration) method.integration = integration;
  }
  return method;
}

function importParameters(
  ctx: ImportContext, method: MethodDefinition, where: string, attribute: string, pathLevel: unknown, opLevel: unknown, op: JsonObject,
): void {
  // Operation parameters override path-item parameters with the same name and location.
  const merged = new Map<string, JsonObject>();
  for (const list of [pathLevel, opLevel]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const p = asObject(resolveLocal(ctx.doc, raw));
      merged.set(`${String(p['in'])}:${String(p['name'])}`, p);
    }
  }
  for (const p of merged.values()) {
    const name = asString(p['name']);
    const location = asString(p['in']) ?? '';
    if (name === undefined) continue;
    if (location === 'body') {
      const model = modelForSchema(ctx, p['schema'], `${attribute}.parameters.[${name}].schema`);
      if (model !== undefined) for (const type of consumes(ctx, op)) method.requestModels[type] = model;
    } else if (PARAMETER_LOCATIONS[location] !== undefined) {
      method.requestParameters[`method.request.${PARAMETER_LOCATIONS[location]}.${name}`] = location === 'path' || p['required'] === true;
    } else {
      ctx.warnings.push(`Unsupported parameter location '${location}' for parameter '${name}' on method ${where}. Ignoring.`);
    }
  }
}

function consumes(ctx: ImportContext, op: JsonObject): string[] {
  const own = asStringArray(op['consumes']);
  const global = asStringArray(ctx.doc['consumes']);
  return own.length > 0 ? own : global.length > 0 ? global : ['application/json'];
}

function produces(ctx: ImportContext, op: JsonObject): string[] {
  const own = asStringArray(op['produces']);
  const global = asStringArray(ctx.doc['produces']);
  return own.length > 0 ? own : global.length > 0 ? global : ['application/json'];
}

function importRequestBody(ctx: ImportContext, method: MethodDefinition, attribute: string, raw: unknown): void {
  const body = asObject(resolveLocal(ctx.doc, raw));
  for (const [type, media] of Object.entries(asObject(body['content']))) {
    const model = modelForSchema(ctx, asObject(media)['schema'], `${attribute}.requestBody.content.schema`);
    if (model !== undefined) method.requestModels[type] = model;
  }
}

function importResponses(ctx: ImportContext, method: MethodDefinition, where: string, attribute: string, op: JsonObject): void {
  for (const [code, raw] of Object.entries(asObject(op['responses']))) {
    if (!/^[1-5]\d\d$/.test(code)) {
      ctx.warnings.push(`Unsupported response code '${code}' on method ${where}. Ignoring.`);
      continue;
    }
    const response = asObject(resolveLocal(ctx.doc, raw));
    const result: MethodResponseDefinition = { statusCode: code, responseParameters: {}, responseModels: {} };
    for (const header of Object.keys(asObject(response['headers']))) {
      const h = asObject(resolveLocal(ctx.doc, asObject(response['headers'])[header]));
      result.responseParameters[`method.response.header.${header}`] = h['required'] === true;
    }
    if (ctx.flavour === 'swagger') {
      const model = response['schema'] === undefined ? undefined : modelForSchema(ctx, response['schema'], `${attribute}.responses.${code}.schema`);
      if (model !== undefined) for (const type of produces(ctx, op)) result.responseModels[type] = model;
    } else {
      for (const [type, media] of Object.entries(asObject(response['content']))) {
        const model = modelForSchema(ctx, asObject(media)['schema'], `${attribute}.responses.${code}.content.schema`);
        if (model !== undefined) result.responseModels[type] = model;
      }
    }
    method.methodResponses[code] = result;
  }
}

function importAuthorization(ctx: ImportContext, method: MethodDefinition, where: string, op: JsonObject): void {
  const requirements = Array.isArray(op['security']) ? op['security'] : Array.isArray(ctx.doc['security']) ? ctx.doc['security'] : [];
  for (const requirement of requirements) {
    for (const [name, scopes] of Object.entries(asObject(requirement))) {
      const scheme = ctx.securitySchemes.get(name);
      if (scheme === undefined) {
        ctx.warnings.push(`Security definition '${name}' referenced by method ${where} not found. Ignoring.`);
      } else if (scheme.kind === 'unsupported') {
        continue;
      } else if (scheme.kind === 'apiKey') {
        method.apiKeyRequired = true;
      } else if (scheme.kind === 'iam') {
        method.authorizationType = 'AWS_IAM';
      } else {
        method.authorizationType = scheme.authorizationType;
        method.authorizerName = name;
        const list = asStringArray(scopes);
        if (scheme.authorizationType === 'COGNITO_USER_POOLS' && list.length > 0) method.authorizationScopes = list;
      }
    }
  }
  // x-amazon-apigateway-auth sets IAM (or none) directly on an operation.
  const auth = asString(asObject(op[X.auth])['type'])?.toUpperCase();
  if (auth === 'AWS_IAM' || auth === 'NONE') {
    method.authorizationType = auth;
    delete method.authorizerName;
    delete method.authorizationScopes;
  }
}
