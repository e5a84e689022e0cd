import type { ApiDefinition } from './api-definition';
import { exportAuthorizerScheme, nonEmpty } from './export-extensions';
import { API_KEY_SCHEME, exportPaths, SIGV4_SCHEME } from './export-operations';
import { X } from './extension-names';
import { compact, type JsonObject } from './json-value';
import { rewriteModelRefs } from './model-refs';

export type ExportType = 'oas30' | 'swagger';
export type ExportExtension = 'apigateway' | 'integrations' | 'authorizers' | 'postman';
export const EXPORT_EXTENSIONS: readonly ExportExtension[] = ['apigateway', 'integrations', 'authorizers', 'postman'];

export interface ExportOptions {
  exportType: ExportType;
  /** GetExport `parameters.extensions`; see parseExportExtensions. */
  extensions?: readonly ExportExtension[];
  stageName: string;
  /** Invoke host of the stage, e.g. `abc123.execute-api.us-east-1.localhost`. */
  host: string;
  /** info.version when the API has no version: AWS uses the API's creation time. */
  createdDate?: Date;
}

/**
 * ApiDefinition -> the document AWS GetExport returns for a stage. `apigateway` adds every
 * x-amazon-apigateway-* extension; `integrations` only the integrations; `authorizers` the authorizer
 * objects. `postman` is accepted and adds nothing here.
 */
export function exportDefinition(definition: ApiDefinition, options: ExportOptions): JsonObject {
  const ext = new Set(options.extensions ?? []);
  const withApiGateway = ext.has('apigateway');
  const withIntegrations = withApiGateway || ext.has('integrations');
  const withAuthorizers = withApiGateway || ext.has('authorizers');
  const swagger = options.exportType === 'swagger';

  const info = compact({
    description: definition.description,
    version: definition.version ?? (options.createdDate ?? new Date(0)).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    title: definition.name,
  });
  const paths = exportPaths(definition, { flavour: options.exportType === 'swagger' ? 'swagger' : 'oas30', withIntegrations, withApiGateway });
  const schemas = exportModels(definition, swagger ? '#/definitions/' : '#/components/schemas/');
  const securitySchemes = exportSecuritySchemes(definition, withAuthorizers);
  const endpoint = withApiGateway ? exportEndpointConfiguration(definition) : undefined;

  const doc: JsonObject = swagger
    ? compact({
      swagger: '2.0',
      info,
      host: options.host,
      basePath: `/${options.stageName}`,
      schemes: ['https'],
      paths,
      securityDefinitions: nonEmpty(securitySchemes),
      definitions: nonEmpty(schemas),
      [X.endpointConfiguration]: endpoint,
    })
    : compact({
      openapi: '3.0.1',
      info,
      servers: [compact({
        url: `https://${options.host}/{basePath}`,
        variables: { basePath: { default: options.stageName } },
        [X.endpointConfiguration]: endpoint,
      })],
      paths,
      components: compact({ schemas: nonEmpty(schemas), securitySchemes: nonEmpty(securitySchemes) }),
    });
  if (withApiGateway) Object.assign(doc, apiExtensions(definition));
  return doc;
}

function exportModels(definition: ApiDefinition, refPrefix: string): JsonObject {
  const out: JsonObject = {};
  for (const model of definition.models) {
    let schema: unknown;
    try {
      schema = JSON.parse(model.schema);
    } catch {
      continue; // a model whose schema is not JSON cannot be exported; AWS refuses non-JSON models too
    }
    // A model's draft-04 `$schema` is not a Schema Object keyword; AWS leaves it out of exports.
    if (schema !== null && typeof schema === 'object' && !Array.isArray(schema)) delete (schema as Record<string, unknown>)['$schema'];
    out[model.name] = rewriteModelRefs(schema, (name) => `${refPrefix}${name}`);
  }
  return out;
}

function exportSecuritySchemes(definition: ApiDefinition, withAuthorizers: boolean): JsonObject {
  const methods = definition.resources.flatMap((r) => Object.values(r.methods));
  const schemes: JsonObject = {};
  if (methods.some((m) => m.apiKeyRequired)) schemes[API_KEY_SCHEME] = { type: 'apiKey', name: 'x-api-key', in: 'header' };
  if (methods.some((m) => m.authorizationType === 'AWS_IAM')) {
    schemes[SIGV4_SCHEME] = { type: 'apiKey', name: 'Authorization', in: 'header', [X.authtype]: 'awsSigv4' };
  }
  for (const authorizer of definition.authorizers) schemes[authorizer.name] = exportAuthorizerScheme(authorizer, withAuthorizers);
  return schemes;
}

function exportEndpointConfiguration(definition: ApiDefinition): JsonObject | undefined {
  const value = compact({
    vpcEndpointIds: definition.endpointConfiguration?.vpcEndpointIds,
    disableExecuteApiEndpoint: definition.disableExecuteApiEndpoint,
  });
  return nonEmpty(value);
}

function apiExtensions(definition: ApiDefinition): JsonObject {
  const gatewayResponses: JsonObject = {};
  for (const r of definition.gatewayResponses) {
    gatewayResponses[r.responseType] = compact({
      statusCode: r.statusCode,
      responseParameters: nonEmpty(r.responseParameters),
      responseTemplates: nonEmpty(r.responseTemplates),
    });
  }
  const validators: JsonObject = {};
  for (const v of definition.requestValidators) {
    validators[v.name] = { validateRequestBody: v.validateRequestBody, validateRequestParameters: v.validateRequestParameters };
  }
  const documentation = definition.documentationParts.length > 0 || definition.documentationVersion !== undefined
    ? compact({
      version: definition.documentationVersion,
      documentationParts: definition.documentationParts.map((p) => ({ location: p.location, properties: parseJson(p.properties) })),
    })
    : undefined;
  return compact({
    [X.apiKeySource]: definition.apiKeySource,
    [X.binaryMediaTypes]: definition.binaryMediaTypes.length > 0 ? definition.binaryMediaTypes : undefined,
    [X.minimumCompressionSize]: definition.minimumCompressionSize,
    [X.policy]: definition.policy === undefined ? undefined : parseJson(definition.policy),
    [X.gatewayResponses]: nonEmpty(gatewayResponses),
    [X.requestValidators]: nonEmpty(validators),
    [X.documentation]: documentation,
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
