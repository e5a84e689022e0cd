import type { ApiDefinition, MethodDefinition } from './api-definition';
import { mergeDefinitions } from './merge-definitions';

const method = (httpMethod: MethodDefinition['httpMethod'], codes: string[]): MethodDefinition => ({
  httpMethod,
  authorizationType: 'NONE',
  apiKeyRequired: false,
  requestParameters: {},
  requestModels: {},
  methodResponses: Object.fromEntries(codes.map((c) => [c, { statusCode: c, responseParameters: {}, responseModels: {} }])),
});

const api = (over: Partial<ApiDefinition>): ApiDefinition => ({
  name: 'api', binaryMediaTypes: [], resources: [{ path: '/', methods: {} }], models: [], requestValidators: [],
  authorizers: [], gatewayResponses: [], documentationParts: [], ...over,
});

// AWS's documented example: B has GET /a (200, 206) and POST /a; A declares GET /a (200, 400).
const existing = api({
  name: 'B',
  description: 'kept in merge',
  endpointConfiguration: { types: ['REGIONAL'] },
  binaryMediaTypes: ['image/png'],
  resources: [{ path: '/', methods: {} }, { path: '/a', methods: { GET: method('GET', ['200', '206']), POST: method('POST', ['200', '206']) } }],
  models: [{ name: 'Old', contentType: 'application/json', schema: '{}' }, { name: 'Shared', contentType: 'application/json', schema: '{"type":"string"}' }],
  gatewayResponses: [{ responseType: 'DEFAULT_4XX', responseParameters: {}, responseTemplates: { 'application/json': 'old' } }],
});
const incoming = api({
  name: 'A',
  endpointConfiguration: { types: ['EDGE'] },
  binaryMediaTypes: ['application/pdf'],
  resources: [{ path: '/', methods: {} }, { path: '/a', methods: { GET: method('GET', ['200', '400']) } }, { path: '/b', methods: { PUT: method('PUT', ['204']) } }],
  models: [{ name: 'Shared', contentType: 'application/json', schema: '{"type":"number"}' }],
  gatewayResponses: [{ responseType: 'DEFAULT_4XX', responseParameters: {}, responseTemplates: { 'application/json': 'new' } }],
});

describe('mergeDefinitions', () => {
  it('merge: imported methods replace existing ones whole, the rest stays', () => {
    const merged = mergeDefinitions(existing, incoming, 'merge');
    const a = merged.resources.find((r) => r.path === '/a');
    expect(Object.keys(a?.methods.GET?.methodResponses ?? {})).toEqual(['200', '400']);
    expect(Object.keys(a?.methods.POST?.methodResponses ?? {})).toEqual(['200', '206']);
    expect(merged.resources.map((r) => r.path)).toEqual(['/', '/a', '/b']);
  });

  it.each<[string, (d: ApiDefinition) => unknown, unknown]>([
    ['name comes from the import', (d) => d.name, 'A'],
    ['fields the import leaves out stay', (d) => d.description, 'kept in merge'],
    ['endpoint configuration never changes', (d) => d.endpointConfiguration, { types: ['REGIONAL'] }],
    ['binary media types are united', (d) => d.binaryMediaTypes, ['image/png', 'application/pdf']],
    ['models match by name', (d) => d.models.map((m) => `${m.name}:${m.schema}`), ['Old:{}', 'Shared:{"type":"number"}']],
    ['gateway responses match by type', (d) => d.gatewayResponses.map((g) => g.responseTemplates['application/json']), ['new']],
  ])('merge: %s', (_name, read, expected) => {
    expect(read(mergeDefinitions(existing, incoming, 'merge'))).toEqual(expected);
  });

  it('overwrite: the import replaces everything but the endpoint configuration', () => {
    const result = mergeDefinitions(existing, incoming, 'overwrite');
    expect(result).toEqual({ ...incoming, endpointConfiguration: { types: ['REGIONAL'] } });
    expect(result.resources.find((r) => r.path === '/a')?.methods.POST).toBeUndefined();
    expect(result.description).toBeUndefined();
  });

  it('does not modify its inputs', () => {
    const before = JSON.stringify([existing, incoming]);
    mergeDefinitions(existing, incoming, 'merge');
    mergeDefinitions(existing, incoming, 'overwrite');
    expect(JSON.stringify([existing, incoming])).toBe(before);
  });
});
