import { isGatewayResponseType } from '@tollgate/model';
import type {
  ApiDefinition,
  DocumentationPartDefinition,
  DocumentationPartLocation,
  DocumentationPartType,
  GatewayResponseDefinition,
  RequestValidatorDefinition,
} from './api-definition';
import { X } from './extension-names';
import type { ImportContext } from './import-context';
import { asBoolean, asNumber, asObject, asString, asStringArray, asStringMap, compact, isObject } from './json-value';

type ApiLevel = Pick<ApiDefinition,
  'apiKeySource' | 'binaryMediaTypes' | 'minimumCompressionSize' | 'policy' | 'endpointConfiguration' | 'disableExecuteApiEndpoint'
  | 'gatewayResponses' | 'requestValidators' | 'documentationParts' | 'documentationVersion'>;

/** The API-wide x-amazon-apigateway-* extensions at the document root. */
export function importApiExtensions(ctx: ImportContext, options: { ignoreDocumentation: boolean }): ApiLevel {
  const doc = ctx.doc;
  const docs = options.ignoreDocumentation ? { parts: [] } : importDocumentation(ctx, doc[X.documentation]);
  const endpoint = importEndpointConfiguration(ctx);
  return compact<ApiLevel>({
    apiKeySource: importApiKeySource(ctx, doc[X.apiKeySource]),
    binaryMediaTypes: asStringArray(doc[X.binaryMediaTypes]),
    minimumCompressionSize: importCompressionSize(ctx, doc[X.minimumCompressionSize]),
    policy: importPolicy(ctx, doc[X.policy]),
    endpointConfiguration: endpoint.configuration,
    disableExecuteApiEndpoint: endpoint.disableExecuteApiEndpoint,
    gatewayResponses: importGatewayResponses(ctx, doc[X.gatewayResponses]),
    requestValidators: importRequestValidators(ctx, doc[X.requestValidators]),
    documentationParts: docs.parts,
    documentationVersion: docs.version,
  });
}

function importApiKeySource(ctx: ImportContext, raw: unknown): ApiDefinition['apiKeySource'] {
  if (raw === undefined) return undefined;
  const value = asString(raw)?.toUpperCase();
  if (value === 'HEADER' || value === 'AUTHORIZER') return value;
  ctx.errors.push(`Invalid API key source specified: ${String(raw)}. Valid values are HEADER and AUTHORIZER`);
  return undefined;
}

function importCompressionSize(ctx: ImportContext, raw: unknown): number | undefined {
  if (raw === undefined) return undefined;
  const size = asNumber(raw);
  if (size !== undefined && Number.isInteger(size) && size >= 0 && size <= 10485760) return size;
  ctx.errors.push(`Invalid minimum compression size ${String(raw)}: it must be an integer between 0 and 10485760`);
  return undefined;
}

function importPolicy(ctx: ImportContext, raw: unknown): string | undefined {
  if (raw === undefined) return undefined;
  if (isObject(raw)) return JSON.stringify(raw);
  if (typeof raw === 'string') {
    try {
      JSON.parse(raw);
      return raw;
    } catch {
      // fall through to the error below
    }
  }
  ctx.errors.push('Invalid policy document specified in x-amazon-apigateway-policy');
  return undefined;
}

function importEndpointConfiguration(ctx: ImportContext): { configuration?: ApiDefinition['endpointConfiguration']; disableExecuteApiEndpoint?: boolean } {
  // Swagger puts it at the root; OAS 3 puts it on a server object.
  const servers = Array.isArray(ctx.doc['servers']) ? ctx.doc['servers'] : [];
  const raw = ctx.doc[X.endpointConfiguration] ?? servers.map((s) => asObject(s)[X.endpointConfiguration]).find(isObject);
  if (!isObject(raw)) return {};
  // Endpoint types come from the import parameters (endpointConfigurationTypes), not from the extension.
  const vpcEndpointIds = asStringArray(raw['vpcEndpointIds']);
  return compact({
    configuration: vpcEndpointIds.length > 0 ? { vpcEndpointIds } : undefined,
    disableExecuteApiEndpoint: asBoolean(raw['disableExecuteApiEndpoint']),
  });
}

function importGatewayResponses(ctx: ImportContext, raw: unknown): GatewayResponseDefinition[] {
  const out: GatewayResponseDefinition[] = [];
  for (const [type, value] of Object.entries(asObject(raw))) {
    if (!isGatewayResponseType(type)) {
      ctx.warnings.push(`Invalid gateway response type '${type}'. Ignoring.`);
      continue;
    }
    const response = asObject(value);
    const statusCode = asString(response['statusCode']);
    if (statusCode !== undefined && !/^[1-5]\d\d$/.test(statusCode)) {
      ctx.errors.push(`Unable to put gateway response '${type}': Invalid status code '${statusCode}'`);
      continue;
    }
    out.push(compact<GatewayResponseDefinition>({
      responseType: type,
      statusCode,
      responseParameters: asStringMap(response['responseParameters']),
      responseTemplates: asStringMap(response['responseTemplates']),
    }));
  }
  return out;
}

function importRequestValidators(ctx: ImportContext, raw: unknown): RequestValidatorDefinition[] {
  const out: RequestValidatorDefinition[] = [];
  for (const [name, value] of Object.entries(asObject(raw))) {
    const v = asObject(value);
    out.push({
      name,
      validateRequestBody: asBoolean(v['validateRequestBody']) ?? false,
      validateRequestParameters: asBoolean(v['validateRequestParameters']) ?? false,
    });
    ctx.validatorNames.add(name);
  }
  const fallback = asString(ctx.doc[X.requestValidator]);
  if (fallback !== undefined) {
    if (ctx.validatorNames.has(fallback)) ctx.defaultValidatorName = fallback;
    else ctx.warnings.push(`Request validator '${fallback}' not found. Ignoring.`);
  }
  return out;
}

const PART_TYPES: readonly DocumentationPartType[] = [
  'API', 'AUTHORIZER', 'MODEL', 'RESOURCE', 'METHOD', 'PATH_PARAMETER', 'QUERY_PARAMETER',
  'REQUEST_HEADER', 'REQUEST_BODY', 'RESPONSE', 'RESPONSE_HEADER', 'RESPONSE_BODY',
];

function importDocumentation(ctx: ImportContext, raw: unknown): { parts: DocumentationPartDefinition[]; version?: string } {
  if (!isObject(raw)) return { parts: [] };
  const parts: DocumentationPartDefinition[] = [];
  const list = Array.isArray(raw['documentationParts']) ? raw['documentationParts'] : [];
  for (const item of list) {
    const location = asObject(asObject(item)['location']);
    const type = asString(location['type'])?.toUpperCase() as DocumentationPartType | undefined;
    if (type === undefined || !PART_TYPES.includes(type)) {
      ctx.warnings.push(`Invalid documentation part location type '${String(location['type'])}'. Ignoring.`);
      continue;
    }
    const properties = asObject(item)['properties'];
    parts.push({
      location: compact<DocumentationPartLocation>({
        type,
        path: asString(location['path']),
        method: asString(location['method']),
        statusCode: asString(location['statusCode']),
        name: asString(location['name']),
      }),
      properties: typeof properties === 'string' ? properties : JSON.stringify(properties ?? {}),
    });
  }
  return compact({ parts, version: asString(raw['version']) });
}
