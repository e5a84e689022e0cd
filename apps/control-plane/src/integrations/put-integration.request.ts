import { HTTP_METHODS, type ContentHandling, type IntegrationType, type PassthroughBehavior, type SnapshotIntegration } from '@tollgate/model';
import { asBody, optionalBoolean, optionalNumber, optionalObject, optionalString, optionalStringList, optionalStringMap } from '../common/body-fields';
import { IntegrationsError } from './integrations.error';

const TYPES: readonly IntegrationType[] = ['HTTP', 'HTTP_PROXY', 'MOCK', 'AWS', 'AWS_PROXY'];
const PASSTHROUGH: readonly PassthroughBehavior[] = ['WHEN_NO_MATCH', 'WHEN_NO_TEMPLATES', 'NEVER'];
export const CONTENT_HANDLING: readonly ContentHandling[] = ['CONVERT_TO_BINARY', 'CONVERT_TO_TEXT'];
const CONNECTION_TYPES = ['INTERNET', 'VPC_LINK'] as const;
const INTEGRATION_PARAMETER = /^integration\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.[^\s]+$/;
const HTTP_URI = /^https?:\/\/[^\s/]+/i;
const MIN_TIMEOUT = 50;
const MAX_TIMEOUT = 29000;

/**
 * PutIntegration body: the integration as the snapshot freezes it, less its responses, with the integration's
 * own method named `integrationHttpMethod` (it travels as `httpMethod` on the wire).
 */
export type PutIntegrationRequest = Omit<SnapshotIntegration, 'httpMethod' | 'integrationResponses'> & {
  integrationHttpMethod?: string;
};

export function parsePutIntegrationRequest(raw: unknown): PutIntegrationRequest {
  const fail = IntegrationsError.invalid;
  const body = asBody(raw, fail);
  const type = optionalString(body, 'type', fail);
  if (!type) throw fail('Enumeration value for IntegrationType must be non-empty');
  if (!(TYPES as readonly string[]).includes(type)) throw fail(`Invalid integration type specified in 'type': ${type}. Valid values are ${TYPES.join(', ')}`);
  const httpMethod = optionalString(body, 'httpMethod', fail);
  const uri = optionalString(body, 'uri', fail);
  if (type !== 'MOCK') {
    if (!httpMethod) throw fail("Enumeration value for HttpMethod must be non-empty ('httpMethod' is required for this integration type)");
    if (!(HTTP_METHODS as readonly string[]).includes(httpMethod)) throw fail(`Invalid HttpMethod specified in 'httpMethod': ${httpMethod}`);
    if (!uri) throw fail(`Invalid 'uri': a URI is required for ${type} integrations`);
  }
  if ((type === 'HTTP' || type === 'HTTP_PROXY') && uri && !HTTP_URI.test(uri)) throw fail(`Invalid HTTP endpoint specified for URI ('uri': ${uri})`);
  if ((type === 'AWS' || type === 'AWS_PROXY') && uri && !uri.startsWith('arn:')) throw fail(`AWS ARN for integration must contain path or action ('uri': ${uri})`);
  const connectionType = optionalString(body, 'connectionType', fail);
  if (connectionType && !(CONNECTION_TYPES as readonly string[]).includes(connectionType)) throw fail(`Invalid 'connectionType': ${connectionType}. Valid values are INTERNET, VPC_LINK`);
  const connectionId = optionalString(body, 'connectionId', fail, 64);
  if (connectionType === 'VPC_LINK' && !connectionId) throw fail("'connectionId' is required when 'connectionType' is VPC_LINK");
  const passthroughBehavior = optionalString(body, 'passthroughBehavior', fail) ?? 'WHEN_NO_MATCH';
  if (!(PASSTHROUGH as readonly string[]).includes(passthroughBehavior)) throw fail(`Invalid 'passthroughBehavior': ${passthroughBehavior}. Valid values are ${PASSTHROUGH.join(', ')}`);
  const contentHandling = optionalString(body, 'contentHandling', fail);
  if (contentHandling && !(CONTENT_HANDLING as readonly string[]).includes(contentHandling)) throw fail(`Invalid 'contentHandling': ${contentHandling}. Valid values are ${CONTENT_HANDLING.join(', ')}`);
  const timeoutInMillis = optionalNumber(body, 'timeoutInMillis', fail) ?? MAX_TIMEOUT;
  if (!Number.isInteger(timeoutInMillis) || timeoutInMillis < MIN_TIMEOUT || timeoutInMillis > MAX_TIMEOUT) {
    throw fail(`Timeout should be between ${MIN_TIMEOUT} ms and ${MAX_TIMEOUT} ms ('timeoutInMillis': ${timeoutInMillis})`);
  }
  const requestParameters = optionalStringMap(body, 'requestParameters', fail) ?? {};
  for (const name of Object.keys(requestParameters)) {
    if (!INTEGRATION_PARAMETER.test(name)) throw fail(`Invalid mapping expression specified in 'requestParameters': ${name}`);
  }
  const tls = optionalObject(body, 'tlsConfig', fail);
  return {
    type: type as IntegrationType,
    integrationHttpMethod: httpMethod,
    uri,
    connectionType: (connectionType ?? (type === 'MOCK' ? undefined : 'INTERNET')) as PutIntegrationRequest['connectionType'],
    connectionId,
    credentials: optionalString(body, 'credentials', fail),
    requestParameters,
    requestTemplates: optionalStringMap(body, 'requestTemplates', fail) ?? {},
    passthroughBehavior: passthroughBehavior as PassthroughBehavior,
    contentHandling: contentHandling as ContentHandling | undefined,
    timeoutInMillis,
    cacheNamespace: optionalString(body, 'cacheNamespace', fail, 1024),
    cacheKeyParameters: optionalStringList(body, 'cacheKeyParameters', fail) ?? [],
    tlsConfig: tls ? { insecureSkipVerification: optionalBoolean(tls, 'insecureSkipVerification', fail) } : undefined,
  };
}
