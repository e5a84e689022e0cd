import {
  SNAPSHOT_SCHEMA_VERSION,
  type HttpMethod,
  type Snapshot,
  type SnapshotIntegration,
  type SnapshotIntegrationResponse,
  type SnapshotMethod,
  type SnapshotResource,
} from '@tollgate/model';

let sequence = 0;
/** Unique, AWS-looking 10-character lower-case id for test objects. */
export function testId(prefix = 't'): string {
  sequence += 1;
  return `${prefix}${sequence.toString(36)}${Math.random().toString(36).slice(2)}`.slice(0, 10).padEnd(10, '0');
}

export function buildIntegration(overrides: Partial<SnapshotIntegration> = {}): SnapshotIntegration {
  return {
    type: 'MOCK',
    requestParameters: {},
    requestTemplates: { 'application/json': '{"statusCode": 200}' },
    passthroughBehavior: 'WHEN_NO_MATCH',
    timeoutInMillis: 29000,
    cacheKeyParameters: [],
    integrationResponses: { '200': buildIntegrationResponse() },
    ...overrides,
  };
}

export function buildIntegrationResponse(overrides: Partial<SnapshotIntegrationResponse> = {}): SnapshotIntegrationResponse {
  return { statusCode: '200', responseParameters: {}, responseTemplates: {}, ...overrides };
}

/** An HTTP_PROXY integration to `uri` (method ANY passes the request's verb through). */
export function buildHttpProxyIntegration(uri: string, overrides: Partial<SnapshotIntegration> = {}): SnapshotIntegration {
  return buildIntegration({
    type: 'HTTP_PROXY',
    httpMethod: 'ANY',
    uri,
    connectionType: 'INTERNET',
    requestTemplates: {},
    integrationResponses: {},
    ...overrides,
  });
}

export function buildMethod(overrides: Partial<SnapshotMethod> = {}): SnapshotMethod {
  return {
    httpMethod: 'GET',
    authorizationType: 'NONE',
    apiKeyRequired: false,
    requestParameters: {},
    requestModels: {},
    methodResponses: { '200': { statusCode: '200', responseParameters: {}, responseModels: {} } },
    integration: buildIntegration(),
    ...overrides,
  };
}

/**
 * A resource at `path` with the given methods; each method's httpMethod is set from its key.
 * Example: `buildResource('/pets/{id}', { GET: buildMethod() })`.
 */
export function buildResource(
  path: string,
  methods: Partial<Record<HttpMethod, SnapshotMethod>> = {},
  overrides: Partial<SnapshotResource> = {},
): SnapshotResource {
  const withVerbs: Partial<Record<HttpMethod, SnapshotMethod>> = {};
  for (const [verb, method] of Object.entries(methods) as [HttpMethod, SnapshotMethod][]) {
    withVerbs[verb] = { ...method, httpMethod: verb };
  }
  const lastSlash = path.lastIndexOf('/');
  return {
    id: testId('r'),
    path,
    ...(path === '/' ? {} : { pathPart: path.slice(lastSlash + 1) }),
    methods: withVerbs,
    ...overrides,
  };
}

/** A snapshot whose root answers GET with a MOCK 200 unless `resources` is given. The hash is a placeholder (snapshotContentHash in @tollgate/snapshot-store computes the real one). */
export function buildSnapshot(overrides: Partial<Snapshot> = {}): Snapshot {
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    hash: 'unhashed',
    deploymentId: testId('d'),
    restApiId: testId('a'),
    accountId: '000000000000',
    region: 'us-east-1',
    createdDate: 1_700_000_000,
    apiKeySource: 'HEADER',
    binaryMediaTypes: [],
    disableExecuteApiEndpoint: false,
    resources: [buildResource('/', { GET: buildMethod() })],
    models: {},
    requestValidators: {},
    authorizers: {},
    gatewayResponses: {},
    ...overrides,
  };
}
