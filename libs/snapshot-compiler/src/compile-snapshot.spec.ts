import { SNAPSHOT_SCHEMA_VERSION } from '@tollgate/model';
import { contentHash } from './canonical-json';
import { compileSnapshot } from './compile-snapshot';
import type { GraphIntegration, GraphMethod, GraphResource, RestApiGraph } from './rest-api-graph';
import { SnapshotCompileError, SnapshotCompileErrorCode } from './snapshot-compile-error';

function integration(overrides: Partial<GraphIntegration> = {}): GraphIntegration {
  return {
    type: 'MOCK',
    requestParameters: {},
    requestTemplates: { 'application/json': '{"statusCode": 200}' },
    passthroughBehavior: 'WHEN_NO_MATCH',
    timeoutInMillis: 29000,
    cacheKeyParameters: [],
    integrationResponses: [{ statusCode: '200', responseParameters: {}, responseTemplates: {} }],
    ...overrides,
  };
}

function method(overrides: Partial<GraphMethod> = {}): GraphMethod {
  return {
    httpMethod: 'GET',
    authorizationType: 'NONE',
    apiKeyRequired: false,
    requestParameters: {},
    requestModels: {},
    methodResponses: [{ statusCode: '200', responseParameters: {}, responseModels: {} }],
    integration: integration(),
    ...overrides,
  };
}

function resource(id: string, path: string, methods: GraphMethod[] = [], parentId?: string): GraphResource {
  const pathPart = path === '/' ? undefined : path.slice(path.lastIndexOf('/') + 1);
  return { id, parentId, path, pathPart, methods };
}

function graph(resources: GraphResource[], overrides: Partial<RestApiGraph> = {}): RestApiGraph {
  return {
    restApi: {
      id: 'abc123defg',
      accountId: '000000000000',
      region: 'us-east-1',
      apiKeySource: 'HEADER',
      binaryMediaTypes: [],
      disableExecuteApiEndpoint: false,
    },
    resources,
    models: [],
    requestValidators: [],
    authorizers: [],
    gatewayResponses: [],
    ...overrides,
  };
}

describe('compileSnapshot: refused graphs', () => {
  const cases: Array<{ name: string; graph: RestApiGraph; code: SnapshotCompileErrorCode; message: string | RegExp }> = [
    {
      name: 'an API with only the root resource and no method',
      graph: graph([resource('root000000', '/')]),
      code: SnapshotCompileErrorCode.NoMethods,
      message: "The REST API doesn't contain any methods",
    },
    {
      name: 'an API whose resources have no methods',
      graph: graph([resource('root000000', '/'), resource('pets000000', '/pets', [], 'root000000')]),
      code: SnapshotCompileErrorCode.NoMethods,
      message: "The REST API doesn't contain any methods",
    },
    {
      name: 'a method without an integration',
      graph: graph([resource('root000000', '/', [method({ integration: undefined })])]),
      code: SnapshotCompileErrorCode.NoIntegration,
      message: 'No integration defined for method',
    },
    {
      name: 'one integrated method beside one without an integration',
      graph: graph([
        resource('root000000', '/', [method()]),
        resource('pets000000', '/pets', [method({ httpMethod: 'POST', integration: undefined })], 'root000000'),
      ]),
      code: SnapshotCompileErrorCode.NoIntegration,
      message: 'No integration defined for method',
    },
    {
      name: 'a greedy path variable that is not the last segment',
      graph: graph([
        resource('root000000', '/', [method()]),
        resource('proxy00000', '/{proxy+}/items', [method()], 'root000000'),
      ]),
      code: SnapshotCompileErrorCode.InvalidRoutes,
      message: /\{proxy\+\}\/items/,
    },
    {
      name: 'two differently named variables at one level',
      graph: graph([
        resource('root000000', '/', [method()]),
        resource('id00000000', '/{id}', [method()], 'root000000'),
        resource('petid00000', '/{petId}', [method()], 'root000000'),
      ]),
      code: SnapshotCompileErrorCode.InvalidRoutes,
      message: /\{petId\}|\{id\}/,
    },
    {
      name: 'an integration request template that does not parse',
      graph: graph([resource('root000000', '/', [method({ integration: integration({ requestTemplates: { 'application/json': '#set($a = )' } }) })])]),
      code: SnapshotCompileErrorCode.InvalidTemplate,
      message: /^Invalid mapping template for application\/json in the integration request of GET \/: /,
    },
    {
      name: 'an integration response template that does not parse',
      graph: graph([resource('root000000', '/', [method({
        integration: integration({ integrationResponses: [{ statusCode: '200', responseParameters: {}, responseTemplates: { 'application/xml': '#set($a = )' } }] }),
      })])]),
      code: SnapshotCompileErrorCode.InvalidTemplate,
      message: /application\/xml in the 200 integration response of GET \//,
    },
    {
      name: 'a gateway response template that does not parse',
      graph: graph([resource('root000000', '/', [method()])], {
        gatewayResponses: [{ responseType: 'DEFAULT_4XX', responseParameters: {}, responseTemplates: { 'application/json': '#set($a = )' } }],
      }),
      code: SnapshotCompileErrorCode.InvalidTemplate,
      message: /DEFAULT_4XX gateway response/,
    },
    {
      name: 'a request parameter mapping the data plane cannot compile',
      graph: graph([resource('root000000', '/', [method({ integration: integration({ requestParameters: { 'integration.request.header.x': 'method.request.nowhere.y' } }) })])]),
      code: SnapshotCompileErrorCode.InvalidMapping,
      message: /^Invalid mapping expression specified: .*method\.request\.nowhere\.y/,
    },
    {
      name: 'an integration response header mapping the data plane cannot compile',
      graph: graph([resource('root000000', '/', [method({
        integration: integration({ integrationResponses: [{ statusCode: '200', responseParameters: { 'method.response.header.X': 'integration.response.nowhere.y' }, responseTemplates: {} }] }),
      })])]),
      code: SnapshotCompileErrorCode.InvalidMapping,
      message: /^Invalid mapping expression specified: .*integration\.response\.nowhere\.y/,
    },
    {
      name: 'a selection pattern that is not a regular expression',
      graph: graph([resource('root000000', '/', [method({
        integration: integration({ integrationResponses: [{ statusCode: '400', selectionPattern: '4(\\d', responseParameters: {}, responseTemplates: {} }] }),
      })])]),
      code: SnapshotCompileErrorCode.InvalidSelectionPattern,
      message: 'Invalid selection pattern specified in the 400 integration response of GET /: 4(\\d',
    },
    {
      name: 'a selection pattern that needs backtracking and nests quantifiers',
      graph: graph([resource('root000000', '/', [method({
        integration: integration({ integrationResponses: [{ statusCode: '400', selectionPattern: '(\\w+)+\\1', responseParameters: {}, responseTemplates: {} }] }),
      })])]),
      code: SnapshotCompileErrorCode.InvalidSelectionPattern,
      message: /^Invalid selection pattern specified in the 400 integration response of GET \/: \(\\w\+\)\+\\1 \(Regular expression .* needs a backtracking engine/,
    },
    {
      name: 'a model pattern that needs backtracking and nests quantifiers',
      graph: graph([resource('root000000', '/', [method()])], {
        models: [{ name: 'Pet', contentType: 'application/json', schema: { type: 'object', properties: { tag: { type: 'string', pattern: '^(a+)+\\1$' } } } }],
      }),
      code: SnapshotCompileErrorCode.InvalidModel,
      message: /^Invalid model schema specified for Pet: Regular expression '\^\(a\+\)\+\\1\$' needs a backtracking engine/,
    },
    {
      name: 'a request model that references an unknown model',
      graph: graph([resource('root000000', '/', [method()])], {
        models: [{ name: 'Pet', contentType: 'application/json', schema: { $ref: 'https://apigateway.amazonaws.com/restapis/abc123defg/models/Nope' } }],
      }),
      code: SnapshotCompileErrorCode.InvalidModel,
      message: 'Invalid model name specified: Nope',
    },
  ];

  it.each(cases)('$name', ({ graph: input, code, message }) => {
    let thrown: unknown;
    try {
      compileSnapshot(input, 'dep0000001', 1_700_000_000);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SnapshotCompileError);
    expect((thrown as SnapshotCompileError).code).toBe(code);
    if (typeof message === 'string') expect((thrown as SnapshotCompileError).message).toBe(message);
    else expect((thrown as SnapshotCompileError).message).toMatch(message);
  });
});

describe('compileSnapshot: accepted graphs', () => {
  const proxy = method({
    httpMethod: 'ANY',
    requestParameters: { 'method.request.path.proxy': true },
    methodResponses: [],
    integration: integration({
      type: 'HTTP_PROXY',
      httpMethod: 'ANY',
      uri: 'http://backend.example/{proxy}',
      requestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy' },
      requestTemplates: {},
      cacheNamespace: 'proxy00000',
      cacheKeyParameters: ['method.request.path.proxy'],
      integrationResponses: [],
    }),
  });
  const mock = method({
    integration: integration({
      integrationResponses: [
        { statusCode: '200', responseParameters: { 'method.response.header.x-a': "'a'" }, responseTemplates: { 'application/json': '{}' } },
        { statusCode: '404', selectionPattern: '404', responseParameters: {}, responseTemplates: {} },
      ],
    }),
    methodResponses: [
      { statusCode: '200', responseParameters: { 'method.response.header.x-a': false }, responseModels: {} },
      { statusCode: '404', responseParameters: {}, responseModels: {} },
    ],
  });
  const resources = [resource('root000000', '/', [mock]), resource('proxy00000', '/{proxy+}', [proxy], 'root000000')];
  const snapshot = compileSnapshot(graph(resources), 'dep0000001', 1_700_000_000);

  it('carries the API settings, ids and schema version', () => {
    expect(snapshot).toMatchObject({
      schemaVersion: SNAPSHOT_SCHEMA_VERSION,
      deploymentId: 'dep0000001',
      restApiId: 'abc123defg',
      accountId: '000000000000',
      region: 'us-east-1',
      createdDate: 1_700_000_000,
      apiKeySource: 'HEADER',
      binaryMediaTypes: [],
      disableExecuteApiEndpoint: false,
      models: {},
      requestValidators: {},
      authorizers: {},
      gatewayResponses: {},
    });
  });

  it('keys methods by verb and responses by status code', () => {
    const root = snapshot.resources.find((r) => r.path === '/');
    expect(Object.keys(root?.methods ?? {})).toEqual(['GET']);
    expect(Object.keys(root?.methods.GET?.methodResponses ?? {})).toEqual(['200', '404']);
    expect(root?.methods.GET?.integration.integrationResponses['404']).toEqual({
      statusCode: '404', selectionPattern: '404', responseParameters: {}, responseTemplates: {},
    });
    const greedy = snapshot.resources.find((r) => r.path === '/{proxy+}');
    expect(greedy?.methods.ANY?.integration).toMatchObject({ type: 'HTTP_PROXY', httpMethod: 'ANY', uri: 'http://backend.example/{proxy}', integrationResponses: {} });
  });

  it('hashes the canonical content without the hash itself', () => {
    const { hash, ...rest } = snapshot;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(contentHash(rest));
  });

  it('is independent of the order rows come from storage', () => {
    const shuffled = [...resources].reverse().map((r) => ({
      ...r,
      methods: r.methods.map((m) => ({
        ...m,
        methodResponses: [...m.methodResponses].reverse(),
        integration: m.integration && { ...m.integration, integrationResponses: [...m.integration.integrationResponses].reverse() },
      })),
    }));
    const again = compileSnapshot(graph(shuffled), 'dep0000001', 1_700_000_000);
    expect(again.hash).toBe(snapshot.hash);
    expect(again.resources.map((r) => r.path)).toEqual(['/', '/{proxy+}']);
  });

  const variants: Array<{ name: string; change: RestApiGraph }> = [
    { name: 'another deployment id', change: graph(resources) },
    { name: 'a different binary media type list', change: graph(resources, { restApi: { ...graph([]).restApi, binaryMediaTypes: ['image/png'] } }) },
    { name: 'a changed integration uri', change: graph([resources[0], resource('proxy00000', '/{proxy+}', [{ ...proxy, integration: { ...proxy.integration!, uri: 'http://other/{proxy}' } }], 'root000000')]) },
  ];
  it.each(variants)('changes the hash for $name', ({ name, change }) => {
    const other = compileSnapshot(change, name === 'another deployment id' ? 'dep0000002' : 'dep0000001', 1_700_000_000);
    expect(other.hash).not.toBe(snapshot.hash);
  });
});

describe('compileSnapshot: models', () => {
  const ref = (name: string) => ({ $ref: `https://apigateway.amazonaws.com/restapis/abc123defg/models/${name}` });
  const models = [
    { name: 'Pets', contentType: 'application/json', schema: { type: 'array', items: ref('Pet') } },
    { name: 'Pet', contentType: 'application/json', schema: { type: 'object', properties: { owner: ref('Owner'), self: ref('Pet') } } },
    { name: 'Owner', contentType: 'application/json', schema: { type: 'object', properties: { pets: ref('Pets') } } },
    { name: 'Empty', contentType: 'application/json', schema: { type: 'object', title: 'Empty Schema' } },
  ];
  const snapshot = compileSnapshot(graph([resource('root000000', '/', [method()])], { models }), 'dep0000001', 1);

  it.each([
    ['Empty', { type: 'object', title: 'Empty Schema' }],
    ['Pets', {
      type: 'array',
      items: { $ref: '#/definitions/Pet' },
      definitions: {
        Pet: { type: 'object', properties: { owner: { $ref: '#/definitions/Owner' }, self: { $ref: '#/definitions/Pet' } } },
        Owner: { type: 'object', properties: { pets: { $ref: '#' } } },
      },
    }],
    ['Pet', {
      type: 'object',
      properties: { owner: { $ref: '#/definitions/Owner' }, self: { $ref: '#' } },
      definitions: {
        Owner: { type: 'object', properties: { pets: { $ref: '#/definitions/Pets' } } },
        Pets: { type: 'array', items: { $ref: '#' } },
      },
    }],
  ])('makes %s self-contained', (name, schema) => {
    expect(snapshot.models[name]).toEqual({ name, contentType: 'application/json', schema });
  });
});

describe('compileSnapshot: user regexes that RE2 runs in linear time are accepted', () => {
  it('keeps nested-quantifier selection and model patterns (they cannot backtrack on the data plane)', () => {
    const models = [{ name: 'Tag', contentType: 'application/json', schema: { type: 'string', pattern: '^(a+)+$' } }];
    const snapshot = compileSnapshot(graph([resource('root000000', '/', [method({
      integration: integration({ integrationResponses: [{ statusCode: '400', selectionPattern: '.*(a+)+.*', responseParameters: {}, responseTemplates: {} }] }),
    })])], { models }), 'dep0000001', 1);
    expect(snapshot.models['Tag'].schema).toEqual({ type: 'string', pattern: '^(a+)+$' });
    expect(snapshot.resources[0].methods['GET']?.integration.integrationResponses['400'].selectionPattern).toBe('.*(a+)+.*');
  });
});
