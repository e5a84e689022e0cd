import type { IntegrationType } from '@tollgate/model';
import { setOwn } from './own-property';

/** Header names (lower-cased) AWS refuses as mapped integration request headers: 500 at run time. */
const ILLEGAL_MAPPED_COMMON = ['content-length', 'transfer-encoding', 'x-amzn-trace-id', 'x-amzn-apigateway-api-id'];
const ILLEGAL_MAPPED_AWS = new Set([...ILLEGAL_MAPPED_COMMON, 'authorization', 'connection', 'expect', 'proxy-authenticate', 'te']);
const ILLEGAL_MAPPED = new Set(ILLEGAL_MAPPED_COMMON);

export function isIllegalMappedHeader(name: string, integrationType: IntegrationType): boolean {
  const lower = name.toLowerCase();
  return integrationType === 'AWS' || integrationType === 'AWS_PROXY' ? ILLEGAL_MAPPED_AWS.has(lower) : ILLEGAL_MAPPED.has(lower);
}

// Renamed to `x-amzn-Remapped-<Name>` on the way back (AWS-BEHAVIOUR.md §1 row 10).
const REMAPPED_COMMON = ['Connection', 'Content-Length', 'Date', 'Server'];
const REMAPPED_NON_PROXY = [
  ...REMAPPED_COMMON, 'Authorization', 'Content-MD5', 'Expect', 'Host', 'Max-Forwards', 'Proxy-Authenticate',
  'Trailer', 'Upgrade', 'User-Agent', 'WWW-Authenticate',
];
const byLowerName = (names: readonly string[]): ReadonlyMap<string, string> =>
  new Map(names.map((name) => [name.toLowerCase(), `x-amzn-Remapped-${name}`]));
const REMAP_COMMON = byLowerName(REMAPPED_COMMON);
const REMAP_NON_PROXY = byLowerName(REMAPPED_NON_PROXY);
const RESPONSE_DROPPED = new Set(['transfer-encoding']);
const RESPONSE_DROPPED_HTTP_PROXY = new Set(['transfer-encoding', 'content-encoding', 'via']);

export type HeaderValues = string | readonly string[];
export type ResponseHeaders = Record<string, string | string[]>;

/**
 * The client-facing form of response headers: Transfer-Encoding dropped (and Content-Encoding, Via for
 * HTTP_PROXY); Connection, Content-Length, Date, Server (plus Authorization, Host, User-Agent, ... for
 * HTTP and AWS) renamed to `x-amzn-Remapped-<Name>`. Other names keep their spelling.
 */
export function remapResponseHeaders(
  headers: Readonly<Record<string, HeaderValues | undefined>>, integrationType: IntegrationType,
): ResponseHeaders {
  const remap = integrationType === 'HTTP' || integrationType === 'AWS' ? REMAP_NON_PROXY : REMAP_COMMON;
  const dropped = integrationType === 'HTTP_PROXY' ? RESPONSE_DROPPED_HTTP_PROXY : RESPONSE_DROPPED;
  const result: ResponseHeaders = {};
  for (const name in headers) {
    const value = headers[name];
    if (value === undefined) continue;
    const lower = name.toLowerCase();
    if (dropped.has(lower)) continue;
    setOwn(result, remap.get(lower) ?? name, typeof value === 'string' ? value : [...value]);
  }
  return result;
}

// Dropped from integration requests after mappings and overrides are applied.
const REQUEST_DROPPED_COMMON = ['expect', 'proxy-authenticate', 'te'];
const REQUEST_DROPPED: Readonly<Record<IntegrationType, ReadonlySet<string>>> = {
  AWS: new Set([...REQUEST_DROPPED_COMMON, 'referer']),
  HTTP: new Set([...REQUEST_DROPPED_COMMON, 'via']),
  HTTP_PROXY: new Set([...REQUEST_DROPPED_COMMON, 'via']),
  AWS_PROXY: new Set(REQUEST_DROPPED_COMMON),
  MOCK: new Set(REQUEST_DROPPED_COMMON),
};
const NO_BODY_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface IntegrationRequestHeadersInput {
  readonly integrationType: IntegrationType;
  /** Mapped headers with requestOverride applied (non-proxy), or the passthrough headers (proxy). */
  readonly headers: Readonly<Record<string, readonly string[]>>;
  readonly restApiId: string;
  readonly traceId: string;
  /** The client's method and Content-Type: Content-Type is copied for methods that carry a body. */
  readonly httpMethod: string;
  readonly contentType?: string;
}

/**
 * AWS's final touch on integration request headers (AWS-BEHAVIOUR.md §5): drops Expect,
 * Proxy-Authenticate, TE (+ Via for HTTP, + Referer for AWS); defaults Accept to application/json,
 * User-Agent to `AmazonAPIGateway_<apiId>` and Content-Type to the client's; always sets
 * X-Amzn-Trace-Id, and x-amzn-apigateway-api-id (AWS's spelling in TestInvoke logs) except for AWS and AWS_PROXY.
 * Connection/keep-alive is the HTTP client's business and is not set here.
 */
export function buildIntegrationRequestHeaders(input: IntegrationRequestHeadersInput): Record<string, string[]> {
  const dropped = REQUEST_DROPPED[input.integrationType];
  const result: Record<string, string[]> = {};
  const present = new Set<string>();
  for (const name in input.headers) {
    const lower = name.toLowerCase();
    if (dropped.has(lower) || lower === 'x-amzn-trace-id' || lower === 'x-amzn-apigateway-api-id') continue;
    setOwn(result, name, [...input.headers[name]]);
    present.add(lower);
  }
  if (!present.has('accept')) result['Accept'] = ['application/json'];
  if (!present.has('user-agent')) result['User-Agent'] = [`AmazonAPIGateway_${input.restApiId}`];
  if (!present.has('content-type') && input.contentType && !NO_BODY_METHODS.has(input.httpMethod.toUpperCase())) {
    result['Content-Type'] = [input.contentType];
  }
  result['X-Amzn-Trace-Id'] = [input.traceId];
  if (input.integrationType !== 'AWS' && input.integrationType !== 'AWS_PROXY') {
    result['x-amzn-apigateway-api-id'] = [input.restApiId];
  }
  return result;
}
