import type { ApiDefinition, MethodDefinition } from './api-definition';
import { loadFixture } from './fixtures/load-fixture';
import { importApiDocument } from './import-api-document';
import { importDefinition } from './import-definition';
import { ImportError } from './import-error';
import type { ApiDocument } from './parse-api-document';

const API_ID = 'a1b2c3d4e5';

function method(def: ApiDefinition, path: string, verb: string): MethodDefinition {
  const resource = def.resources.find((r) => r.path === path);
  const found = resource?.methods[verb as keyof typeof resource.methods];
  if (!found) throw new Error(`no ${verb} ${path}`);
  return found;
}

function refusal(run: () => unknown): ImportError {
  try {
    run();
  } catch (err) {
    if (err instanceof ImportError) return err;
    throw err;
  }
  throw new Error('expected an ImportError');
}

const doc = (value: object): ApiDocument => value as unknown as ApiDocument;

describe('importDefinition: AWS PetStore (Swagger 2.0)', () => {
  let def: ApiDefinition;
  beforeAll(async () => {
    const result = await importApiDocument(loadFixture('petstore-swagger.json'), { restApiId: API_ID });
    expect(result.warnings).toEqual([]);
    def = result.definition;
  });

  it('takes name and description from info', () => {
    expect(def.name).toBe('PetStore');
    expect(def.description).toContain('Your first API with Amazon API Gateway');
    expect(def.version).toBeUndefined();
  });

  it('creates every resource, parents before children', () => {
    expect(def.resources.map((r) => r.path)).toEqual(['/', '/pets', '/pets/{petId}']);
    expect(Object.keys(def.resources[1]?.methods ?? {}).sort()).toEqual(['GET', 'OPTIONS', 'POST']);
  });

  it('turns definitions into models whose references are AWS model URLs', () => {
    expect(def.models.map((m) => m.name)).toEqual(['Pets', 'Empty', 'NewPetResponse', 'Pet', 'NewPet', 'PetType']);
    const pets = def.models.find((m) => m.name === 'Pets');
    expect(pets?.contentType).toBe('application/json');
    expect(JSON.parse(pets?.schema ?? '')).toEqual({
      type: 'array',
      items: { $ref: `https://apigateway.amazonaws.com/restapis/${API_ID}/models/Pet` },
    });
  });

  it.each([
    ['/pets', 'GET', { 'method.request.querystring.type': false, 'method.request.querystring.page': false }],
    ['/pets/{petId}', 'GET', { 'method.request.path.petId': true }],
    ['/pets', 'POST', {}],
  ])('maps parameters of %s %s to requestParameters', (path, verb, expected) => {
    expect(method(def, path, verb).requestParameters).toEqual(expected);
  });

  it('maps the body parameter to requestModels and schemas to responseModels', () => {
    const post = method(def, '/pets', 'POST');
    expect(post.operationName).toBe('CreatePet');
    expect(post.requestModels).toEqual({ 'application/json': 'NewPet' });
    expect(post.methodResponses['200']).toEqual({
      statusCode: '200',
      responseParameters: { 'method.response.header.Access-Control-Allow-Origin': false },
      responseModels: { 'application/json': 'NewPetResponse' },
    });
  });

  it('reads the integration: upper-case enums, responses keyed by status code', () => {
    expect(method(def, '/pets/{petId}', 'GET').integration).toEqual({
      type: 'HTTP',
      httpMethod: 'GET',
      uri: 'http://petstore.execute-api.us-east-1.amazonaws.com/petstore/pets/{petId}',
      requestParameters: { 'integration.request.path.petId': 'method.request.path.petId' },
      requestTemplates: {},
      passthroughBehavior: 'WHEN_NO_MATCH',
      cacheKeyParameters: [],
      integrationResponses: {
        '200': { statusCode: '200', responseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'*'" }, responseTemplates: {} },
      },
    });
    expect(method(def, '/', 'GET').integration?.type).toBe('MOCK');
  });

  it('imports x-amazon-apigateway-documentation', () => {
    expect(def.documentationVersion).toBe('v2.1');
    expect(def.documentationParts).toHaveLength(4);
    expect(def.documentationParts[2]).toEqual({
      location: { type: 'PATH_PARAMETER', path: '/pets/{petId}', method: '*', name: 'petId' },
      properties: '{"description":"The id of the pet to retrieve"}',
    });
  });

  it('skips documentation with ignoreDocumentation (parameters ignore=documentation)', async () => {
    const result = await importApiDocument(loadFixture('petstore-swagger.json'), { ignoreDocumentation: true });
    expect(result.definition.documentationParts).toEqual([]);
  });
});

describe('importDefinition: every extension (OpenAPI 3.0 YAML)', () => {
  let def: ApiDefinition;
  beforeAll(async () => {
    const result = await importApiDocument(loadFixture('every-extension-oas30.yaml'), { restApiId: API_ID });
    expect(result.warnings).toEqual([]);
    def = result.definition;
  });

  it.each<[string, (d: ApiDefinition) => unknown, unknown]>([
    ['api-key-source', (d) => d.apiKeySource, 'AUTHORIZER'],
    ['binary-media-types', (d) => d.binaryMediaTypes, ['image/png', 'application/octet-stream']],
    ['minimum-compression-size', (d) => d.minimumCompressionSize, 1024],
    ['policy', (d) => JSON.parse(d.policy ?? '{}').Statement[0].Action, 'execute-api:Invoke'],
    ['endpoint-configuration', (d) => [d.endpointConfiguration, d.disableExecuteApiEndpoint], [{ vpcEndpointIds: ['vpce-0123456789abcdef0'] }, true]],
    ['request-validators', (d) => d.requestValidators, [
      { name: 'all', validateRequestBody: true, validateRequestParameters: true },
      { name: 'params-only', validateRequestBody: false, validateRequestParameters: true },
    ]],
    ['request-validator (operation)', (d) => method(d, '/orders', 'POST').requestValidatorName, 'all'],
    ['request-validator (document default)', (d) => method(d, '/reports', 'GET').requestValidatorName, 'params-only'],
    ['gateway-responses', (d) => d.gatewayResponses, [
      { responseType: 'DEFAULT_4XX', responseParameters: { 'gatewayresponse.header.Access-Control-Allow-Origin': "'*'" }, responseTemplates: { 'application/json': '{"message": $context.error.messageString}' } },
      { responseType: 'MISSING_AUTHENTICATION_TOKEN', statusCode: '404', responseParameters: {}, responseTemplates: { 'application/json': '{"message": "Not here"}' } },
    ]],
    ['any-method', (d) => method(d, '/orders/{orderId}', 'ANY').httpMethod, 'ANY'],
    ['documentation', (d) => [d.documentationVersion, d.documentationParts.length], ['1.0', 2]],
    ['intermediate resources', (d) => d.resources.map((r) => r.path), ['/', '/files', '/files/{proxy+}', '/orders', '/orders/{orderId}', '/reports']],
  ])('%s', (_name, read, expected) => {
    expect(read(def)).toEqual(expected);
  });

  it('integration with responses, templates, parameters and every field', () => {
    const integration = method(def, '/orders', 'POST').integration;
    expect(integration).toMatchObject({
      type: 'AWS',
      httpMethod: 'POST',
      credentials: 'arn:aws:iam::123456789012:role/apigw-invoke',
      requestParameters: { 'integration.request.header.X-Trace': 'method.request.header.X-Trace' },
      passthroughBehavior: 'NEVER',
      contentHandling: 'CONVERT_TO_TEXT',
      timeoutInMillis: 10000,
    });
    expect(integration?.requestTemplates['application/json']).toContain("$input.params('X-Trace')");
    expect(integration?.integrationResponses).toEqual({
      '201': {
        statusCode: '201',
        responseParameters: { 'method.response.header.Location': 'integration.response.body.location' },
        responseTemplates: { 'application/json': "$input.json('$.order')" },
      },
      '400': {
        statusCode: '400',
        selectionPattern: '.*Bad.*',
        responseParameters: {},
        responseTemplates: { 'application/json': `{"error": "$input.path('$.errorMessage')"}` },
        contentHandling: 'CONVERT_TO_TEXT',
      },
    });
    expect(method(def, '/orders/{orderId}', 'ANY').integration).toMatchObject({
      type: 'HTTP_PROXY', connectionType: 'VPC_LINK', connectionId: 'abc123', cacheNamespace: 'orders',
      cacheKeyParameters: ['method.request.path.orderId'], tlsConfig: { insecureSkipVerification: true },
    });
  });

  it('authorizers and authtype from security schemes', () => {
    expect(def.authorizers).toEqual([
      {
        name: 'TokenAuth', type: 'TOKEN', authType: 'custom',
        authorizerUri: expect.stringContaining('function:auth/invocations'),
        authorizerCredentials: 'arn:aws:iam::123456789012:role/apigw-authorizer',
        identitySource: 'method.request.header.Authorization',
        identityValidationExpression: '^Bearer [-0-9a-zA-Z\\._]*$',
        authorizerResultTtlInSeconds: 60,
      },
      {
        name: 'RequestAuth', type: 'REQUEST', authType: 'custom',
        authorizerUri: expect.stringContaining('function:reqauth/invocations'),
        identitySource: 'method.request.header.X-User, method.request.querystring.tenant',
        authorizerResultTtlInSeconds: 0,
      },
      {
        name: 'CognitoAuth', type: 'COGNITO_USER_POOLS', authType: 'cognito_user_pools',
        identitySource: 'method.request.header.Authorization',
        providerARNs: ['arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_abc123'],
      },
    ]);
  });

  it.each<[string, string, Partial<MethodDefinition>]>([
    ['/orders', 'POST', { authorizationType: 'CUSTOM', authorizerName: 'TokenAuth', apiKeyRequired: true }],
    ['/orders/{orderId}', 'ANY', { authorizationType: 'COGNITO_USER_POOLS', authorizerName: 'CognitoAuth', authorizationScopes: ['orders/read'], apiKeyRequired: false }],
    ['/files/{proxy+}', 'GET', { authorizationType: 'AWS_IAM', apiKeyRequired: false }],
    ['/reports', 'GET', { authorizationType: 'CUSTOM', authorizerName: 'RequestAuth' }],
    ['/', 'GET', { authorizationType: 'NONE', apiKeyRequired: false }],
  ])('security of %s %s', (path, verb, expected) => {
    expect(method(def, path, verb)).toMatchObject(expected);
  });

  it('request body, headers and inline schemas become models', () => {
    const post = method(def, '/orders', 'POST');
    expect(post.requestModels).toEqual({ 'application/json': 'Order' });
    expect(post.requestParameters).toEqual({ 'method.request.header.X-Trace': true });
    expect(post.methodResponses['201']?.responseParameters).toEqual({ 'method.response.header.Location': true });
    const inline = method(def, '/files/{proxy+}', 'GET').methodResponses['200']?.responseModels['image/png'];
    expect(inline).toMatch(/^MODEL[0-9a-f]{6}$/);
    expect(def.models.find((m) => m.name === inline)?.schema).toBe('{"type":"string","format":"binary"}');
  });
});

describe('importDefinition: every extension (Swagger 2.0 YAML)', () => {
  let def: ApiDefinition;
  beforeAll(async () => {
    const result = await importApiDocument(loadFixture('every-extension-swagger.yaml'), { restApiId: API_ID });
    expect(result.warnings).toEqual([]);
    def = result.definition;
  });

  it.each<[string, (d: ApiDefinition) => unknown, unknown]>([
    ['api-key-source', (d) => d.apiKeySource, 'HEADER'],
    ['binary-media-types', (d) => d.binaryMediaTypes, ['*/*']],
    ['minimum-compression-size 0', (d) => d.minimumCompressionSize, 0],
    ['endpoint-configuration', (d) => d.disableExecuteApiEndpoint, false],
    ['policy', (d) => JSON.parse(d.policy ?? '{}').Statement[0].Effect, 'Deny'],
    ['gateway-responses', (d) => d.gatewayResponses.map((g) => [g.responseType, g.statusCode]), [['UNAUTHORIZED', '401'], ['THROTTLED', '429']]],
    ['documentation', (d) => d.documentationParts, [{ location: { type: 'RESOURCE', path: '/items' }, properties: '{"description":"The items"}' }]],
    ['authtype kept as written', (d) => d.authorizers.map((a) => [a.name, a.authType, a.identitySource]), [['Lambda', 'oauth2', 'method.request.header.X-Token']]],
    ['$ref parameters and document-level consumes', (d) => method(d, '/items', 'GET').requestParameters, { 'method.request.querystring.limit': true, 'method.request.header.X-Trace': false }],
    ['$ref responses and document-level produces', (d) => method(d, '/items', 'GET').methodResponses['500']?.responseModels, { 'application/json': 'Error' }],
    ['selection patterns', (d) => method(d, '/items', 'GET').integration?.integrationResponses['500']?.selectionPattern, '5\\d{2}'],
    ['default validator', (d) => method(d, '/items', 'GET').requestValidatorName, 'body-only'],
    ['body parameter', (d) => method(d, '/items', 'POST').requestModels, { 'application/json': 'Item' }],
    ['any-method with SigV4', (d) => [method(d, '/items/{id}', 'ANY').authorizationType, method(d, '/items/{id}', 'ANY').integration?.passthroughBehavior], ['AWS_IAM', 'WHEN_NO_TEMPLATES']],
  ])('%s', (_name, read, expected) => {
    expect(read(def)).toEqual(expected);
  });
});

describe('importDefinition: bodies as Terraform writes them (jsonencode)', () => {
  const body = (extra: object) => doc({
    swagger: '2.0', info: { title: 'test', version: '2017-04-20T04:08:08Z' }, schemes: ['https'],
    paths: { '/test': { get: { responses: { '200': { description: 'OK' } }, 'x-amazon-apigateway-integration': { httpMethod: 'GET', type: 'HTTP', responses: { default: { statusCode: 200 } }, uri: 'https://api.example.com/' } } } },
    ...extra,
  });

  it('accepts upper-case integration types and numeric status codes', () => {
    const integration = method(importDefinition(body({})).definition, '/test', 'GET').integration;
    expect(integration?.type).toBe('HTTP');
    expect(integration?.integrationResponses).toEqual({ '200': { statusCode: '200', responseParameters: {}, responseTemplates: {} } });
  });

  it.each([
    ['prepend', ['/', '/foo', '/foo/bar', '/foo/bar/baz', '/foo/bar/baz/test']],
    ['ignore', ['/', '/test']],
  ] as const)('basepath=%s gives the routes the provider tests expect', (mode, routes) => {
    expect(importDefinition(body({ basePath: '/foo/bar/baz' }), { basePath: mode }).definition.resources.map((r) => r.path)).toEqual(routes);
  });
});

describe('importDefinition: warnings and errors', () => {
  const base = { swagger: '2.0', info: { title: 'T', version: '1' } };

  it.each<[string, object, string]>([
    ['unsupported security type', {
      ...base,
      securityDefinitions: { oauth: { type: 'oauth2', flow: 'implicit', authorizationUrl: 'https://x', scopes: {} } },
      paths: { '/a': { get: { security: [{ oauth: [] }], responses: { '200': { description: 'ok' } } } } },
    }, "Unsupported security definition type 'oauth2' for 'oauth'. Ignoring."],
    ['formData parameter', {
      ...base,
      paths: { '/a': { post: { parameters: [{ name: 'f', in: 'formData', type: 'string' }], responses: { '200': { description: 'ok' } } } } },
    }, "Unsupported parameter location 'formData' for parameter 'f' on method 'POST /a'. Ignoring."],
    ['unknown request validator', {
      ...base,
      paths: { '/a': { get: { 'x-amazon-apigateway-request-validator': 'nope', responses: { '200': { description: 'ok' } } } } },
    }, "Request validator 'nope' not found for method 'GET /a'. Ignoring."],
    ['unknown gateway response type', {
      ...base, 'x-amazon-apigateway-gateway-responses': { NOT_A_TYPE: { statusCode: '400' } }, paths: {},
    }, "Invalid gateway response type 'NOT_A_TYPE'. Ignoring."],
    ['non-numeric response code', {
      ...base, paths: { '/a': { get: { responses: { default: { description: 'x' } } } } },
    }, "Unsupported response code 'default' on method 'GET /a'. Ignoring."],
  ])('warns on %s and fails with failOnWarnings', (_name, document, warning) => {
    expect(importDefinition(doc(document)).warnings).toEqual([warning]);
    const err = refusal(() => importDefinition(doc(document), { failOnWarnings: true }));
    expect(err.message).toBe(`Warnings found during import:\n\t${warning}`);
  });

  it.each<[string, object, string]>([
    ['non-alphanumeric model name', { ...base, paths: {}, definitions: { body_1: { type: 'object' } } },
      "Unable to create model for 'body_1': Model name must be alphanumeric: body_1"],
    ['invalid integration type', {
      ...base, paths: { '/a': { get: { responses: { '200': { description: 'ok' } }, 'x-amazon-apigateway-integration': { type: 'lambda' } } } },
    }, "Unable to put integration on method 'GET /a': Invalid integration type specified: lambda"],
    ['integration without uri', {
      ...base, paths: { '/a': { get: { responses: { '200': { description: 'ok' } }, 'x-amazon-apigateway-integration': { type: 'http' } } } },
    }, "Unable to put integration on method 'GET /a': Enumeration value for Integration URI must be non-empty for integration type HTTP"],
    ['bad path part', { ...base, paths: { '/a b': { get: { responses: { '200': { description: 'ok' } } } } } },
      "Unable to create resource at path '/a b': Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning and the end and an optional plus sign before the closing brace."],
    ['greedy parameter not last', { ...base, paths: { '/{p+}/x': { get: { responses: { '200': { description: 'ok' } } } } } },
      "Unable to create resource at path '/{p+}/x': A greedy path parameter must be the last path part"],
    ['missing title', { swagger: '2.0', info: { version: '1' }, paths: {} }, 'Unable to create API: the document has no info.title to name it'],
    ['bad api key source', { ...base, paths: {}, 'x-amazon-apigateway-api-key-source': 'COOKIE' },
      'Invalid API key source specified: COOKIE. Valid values are HEADER and AUTHORIZER'],
    ['bad compression size', { ...base, paths: {}, 'x-amazon-apigateway-minimum-compression-size': -1 },
      'Invalid minimum compression size -1: it must be an integer between 0 and 10485760'],
    ['authorizer without uri', {
      ...base, paths: {},
      securityDefinitions: { A: { type: 'apiKey', name: 'Authorization', in: 'header', 'x-amazon-apigateway-authtype': 'custom', 'x-amazon-apigateway-authorizer': { type: 'token' } } },
    }, "Unable to create authorizer 'A': Authorizer URI must be specified for authorizer type TOKEN"],
  ])('refuses %s with an AWS-style error', (_name, document, problem) => {
    const err = refusal(() => importDefinition(doc(document)));
    expect(err.problems).toEqual([problem]);
    expect(err.message).toBe(`Errors found during import:\n\t${problem}`);
  });

  it('reports every error at once', () => {
    const err = refusal(() => importDefinition(doc({ ...base, paths: {}, definitions: { a_1: {}, b_2: {} } })));
    expect(err.problems).toHaveLength(2);
  });
});

describe('importDefinition: base path', () => {
  const swagger = doc({ swagger: '2.0', info: { title: 'T', version: '1' }, basePath: '/v1/shop', paths: { '/items': { get: { responses: { '200': { description: 'ok' } } } } } });
  const oas = doc({ openapi: '3.0.1', info: { title: 'T', version: '1' }, servers: [{ url: 'https://api.example.com/{stage}/shop', variables: { stage: { default: 'v1' } } }], paths: { '/items': { get: { responses: { '200': { description: 'ok' } } } } } });

  it.each([
    ['ignore', swagger, ['/', '/items']],
    ['prepend', swagger, ['/', '/v1', '/v1/shop', '/v1/shop/items']],
    ['split', swagger, ['/', '/shop', '/shop/items']],
    ['prepend', oas, ['/', '/v1', '/v1/shop', '/v1/shop/items']],
    ['split', oas, ['/', '/shop', '/shop/items']],
  ] as const)('basepath=%s', (mode, document, paths) => {
    expect(importDefinition(document, { basePath: mode }).definition.resources.map((r) => r.path)).toEqual(paths);
  });
});
