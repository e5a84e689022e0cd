import type { ContentHandling, IntegrationType, PassthroughBehavior } from '@tollgate/model';
import type { IntegrationDefinition, IntegrationResponseDefinition } from './api-definition';
import { asBoolean, asNumber, asObject, asString, asStringArray, asStringMap, compact, isObject } from './json-value';

const TYPES: readonly IntegrationType[] = ['HTTP', 'HTTP_PROXY', 'MOCK', 'AWS', 'AWS_PROXY'];
const PASSTHROUGH: readonly PassthroughBehavior[] = ['WHEN_NO_MATCH', 'WHEN_NO_TEMPLATES', 'NEVER'];
const CONTENT_HANDLING: readonly ContentHandling[] = ['CONVERT_TO_BINARY', 'CONVERT_TO_TEXT'];

/**
 * x-amazon-apigateway-integration -> Integration. The extension writes enums in lower case
 * (`aws_proxy`, `when_no_match`) and keys responses by selection pattern; AWS keys them by status code.
 */
export function importIntegration(raw: unknown, where: string, errors: string[]): IntegrationDefinition | undefined {
  if (!isObject(raw)) {
    errors.push(`Unable to put integration on ${where}: the integration must be an object`);
    return undefined;
  }
  const type = upper(raw['type']) as IntegrationType | undefined;
  if (type === undefined || !TYPES.includes(type)) {
    errors.push(`Unable to put integration on ${where}: Invalid integration type specified: ${String(raw['type'] ?? 'null')}`);
    return undefined;
  }
  const uri = asString(raw['uri']);
  if (type !== 'MOCK' && uri === undefined) {
    errors.push(`Unable to put integration on ${where}: Enumeration value for Integration URI must be non-empty for integration type ${type}`);
  }
  const passthroughBehavior = enumValue(raw['passthroughBehavior'], PASSTHROUGH, 'passthroughBehavior', where, errors);
  const contentHandling = enumValue(raw['contentHandling'], CONTENT_HANDLING, 'contentHandling', where, errors);
  const connectionType = enumValue(raw['connectionType'], ['INTERNET', 'VPC_LINK'] as const, 'connectionType', where, errors);
  const timeout = raw['timeoutInMillis'] === undefined ? undefined : asNumber(raw['timeoutInMillis']);
  if (raw['timeoutInMillis'] !== undefined && (timeout === undefined || !Number.isInteger(timeout) || timeout < 50 || timeout > 300000)) {
    errors.push(`Unable to put integration on ${where}: Timeout should be between 50 ms and 300000 ms`);
  }
  const tls = isObject(raw['tlsConfig']) ? compact({ insecureSkipVerification: asBoolean(raw['tlsConfig']['insecureSkipVerification']) }) : undefined;
  return compact<IntegrationDefinition>({
    type,
    httpMethod: asString(raw['httpMethod'])?.toUpperCase(),
    uri,
    connectionType,
    connectionId: asString(raw['connectionId']),
    credentials: asString(raw['credentials']),
    requestParameters: asStringMap(raw['requestParameters']),
    requestTemplates: asStringMap(raw['requestTemplates']),
    passthroughBehavior,
    contentHandling,
    timeoutInMillis: timeout,
    cacheNamespace: asString(raw['cacheNamespace']),
    cacheKeyParameters: asStringArray(raw['cacheKeyParameters']),
    tlsConfig: tls,
    integrationResponses: importResponses(raw['responses'], where, errors),
  });
}

function importResponses(raw: unknown, where: string, errors: string[]): Record<string, IntegrationResponseDefinition> {
  const out: Record<string, IntegrationResponseDefinition> = {};
  for (const [pattern, value] of Object.entries(asObject(raw))) {
    const response = asObject(value);
    const statusCode = asString(response['statusCode']);
    if (statusCode === undefined || !/^[1-5]\d\d$/.test(statusCode)) {
      errors.push(`Unable to put integration response on ${where} for selection pattern '${pattern}': Invalid status code '${String(response['statusCode'] ?? 'null')}'`);
      continue;
    }
    out[statusCode] = compact<IntegrationResponseDefinition>({
      statusCode,
      selectionPattern: pattern === 'default' ? undefined : pattern,
      responseParameters: asStringMap(response['responseParameters']),
      responseTemplates: asStringMap(response['responseTemplates']),
      contentHandling: enumValue(response['contentHandling'], CONTENT_HANDLING, 'contentHandling', where, errors),
    });
  }
  return out;
}

function upper(value: unknown): string | undefined {
  return asString(value)?.toUpperCase();
}

function enumValue<T extends string>(value: unknown, allowed: readonly T[], field: string, where: string, errors: string[]): T | undefined {
  if (value === undefined || value === null) return undefined;
  const v = upper(value);
  if (v !== undefined && (allowed as readonly string[]).includes(v)) return v as T;
  errors.push(`Unable to put integration on ${where}: Invalid ${field} specified: ${String(value)}`);
  return undefined;
}
