import { parse } from 'yaml';
import type { ApiDefinition } from './api-definition';
import { exportDefinition, type ExportExtension } from './export-definition';
import { loadFixture } from './fixtures/load-fixture';
import { importApiDocument } from './import-api-document';
import { exportContentType, exportFormatFromAccept, parseExportExtensions, serializeExport } from './serialize-export';

const HOST = 'abc123.execute-api.us-east-1.localhost';
let petstore: ApiDefinition;
let everything: ApiDefinition;

beforeAll(async () => {
  petstore = (await importApiDocument(loadFixture('petstore-swagger.json'), { restApiId: 'abc123' })).definition;
  everything = (await importApiDocument(loadFixture('every-extension-oas30.yaml'), { restApiId: 'abc123' })).definition;
});

const run = (def: ApiDefinition, exportType: 'oas30' | 'swagger', extensions: ExportExtension[] = []) =>
  exportDefinition(def, { exportType, extensions, stageName: 'test', host: HOST, createdDate: new Date('2026-11-21T10:00:00.123Z') }) as Record<string, any>;

describe('exportDefinition', () => {
  it('Swagger 2.0: host, stage base path, https, definitions with local refs', () => {
    const doc = run(petstore, 'swagger');
    expect(doc).toMatchObject({
      swagger: '2.0',
      info: { title: 'PetStore', version: '2026-11-21T10:00:00Z' },
      host: HOST,
      basePath: '/test',
      schemes: ['https'],
    });
    expect(doc.definitions.Pets).toEqual({ type: 'array', items: { $ref: '#/definitions/Pet' } });
    expect(doc.paths['/pets'].post.parameters).toEqual([{ in: 'body', name: 'NewPet', required: true, schema: { $ref: '#/definitions/NewPet' } }]);
    expect(doc.paths['/pets'].post.responses['200'].schema).toEqual({ $ref: '#/definitions/NewPetResponse' });
    expect(doc.paths['/pets/{petId}'].get.parameters).toEqual([{ name: 'petId', in: 'path', required: true, type: 'string' }]);
  });

  it('OpenAPI 3.0: servers with the stage as basePath, components.schemas', () => {
    const doc = run(petstore, 'oas30');
    expect(doc.openapi).toBe('3.0.1');
    expect(doc.servers).toEqual([{ url: `https://${HOST}/{basePath}`, variables: { basePath: { default: 'test' } } }]);
    expect(doc.components.schemas.NewPetResponse.properties.pet).toEqual({ $ref: '#/components/schemas/Pet' });
    expect(doc.paths['/pets'].post.requestBody).toEqual({ content: { 'application/json': { schema: { $ref: '#/components/schemas/NewPet' } } }, required: true });
  });

  it('keeps the API version when it has one', () => {
    expect(run(everything, 'oas30').info).toEqual({
      description: 'Uses every x-amazon-apigateway extension Tollgate imports.', version: '2026-11-21', title: 'EveryExtension',
    });
  });

  const hasKey = (value: unknown, key: string): boolean =>
    JSON.stringify(value).includes(`"${key}"`);

  it.each<[ExportExtension[], Record<string, boolean>]>([
    [[], { integration: false, authorizer: false, validator: false, gatewayResponses: false, policy: false, authtype: true }],
    [['postman'], { integration: false, authorizer: false, validator: false, gatewayResponses: false, policy: false, authtype: true }],
    [['integrations'], { integration: true, authorizer: false, validator: false, gatewayResponses: false, policy: false, authtype: true }],
    [['authorizers'], { integration: false, authorizer: true, validator: false, gatewayResponses: false, policy: false, authtype: true }],
    [['integrations', 'authorizers'], { integration: true, authorizer: true, validator: false, gatewayResponses: false, policy: false, authtype: true }],
    [['apigateway'], { integration: true, authorizer: true, validator: true, gatewayResponses: true, policy: true, authtype: true }],
  ])('extensions=%j', (extensions, expected) => {
    for (const type of ['oas30', 'swagger'] as const) {
      const doc = run(everything, type, extensions);
      expect({
        integration: hasKey(doc, 'x-amazon-apigateway-integration'),
        authorizer: hasKey(doc, 'x-amazon-apigateway-authorizer'),
        validator: hasKey(doc, 'x-amazon-apigateway-request-validator'),
        gatewayResponses: hasKey(doc, 'x-amazon-apigateway-gateway-responses'),
        policy: hasKey(doc, 'x-amazon-apigateway-policy'),
        authtype: hasKey(doc, 'x-amazon-apigateway-authtype'),
      }).toEqual(expected);
    }
  });

  it('writes integrations with lower-case enums and responses keyed by selection pattern', () => {
    const op = run(everything, 'oas30', ['integrations']).paths['/orders'].post;
    const integration = op['x-amazon-apigateway-integration'];
    expect(integration.type).toBe('aws');
    expect(integration.passthroughBehavior).toBe('never');
    expect(Object.keys(integration.responses)).toEqual(['default', '.*Bad.*']);
    expect(integration.responses.default.statusCode).toBe('201');
  });

  it('writes security: API key, authorizers with scopes and SigV4', () => {
    const doc = run(everything, 'oas30', ['apigateway']);
    expect(doc.paths['/orders'].post.security).toEqual([{ TokenAuth: [] }, { api_key: [] }]);
    expect(doc.paths['/orders/{orderId}']['x-amazon-apigateway-any-method'].security).toEqual([{ CognitoAuth: ['orders/read'] }]);
    expect(doc.paths['/files/{proxy+}'].get.security).toEqual([{ sigv4: [] }]);
    expect(doc.components.securitySchemes.api_key).toEqual({ type: 'apiKey', name: 'x-api-key', in: 'header' });
    expect(doc.components.securitySchemes.sigv4['x-amazon-apigateway-authtype']).toBe('awsSigv4');
    expect(doc.components.securitySchemes.TokenAuth['x-amazon-apigateway-authorizer']).toMatchObject({ type: 'token', authorizerResultTtlInSeconds: 60 });
  });

  it('writes the API-level extensions with apigateway', () => {
    const doc = run(everything, 'swagger', ['apigateway']);
    expect(doc['x-amazon-apigateway-api-key-source']).toBe('AUTHORIZER');
    expect(doc['x-amazon-apigateway-binary-media-types']).toEqual(['image/png', 'application/octet-stream']);
    expect(doc['x-amazon-apigateway-minimum-compression-size']).toBe(1024);
    expect(doc['x-amazon-apigateway-policy'].Version).toBe('2012-10-17');
    expect(doc['x-amazon-apigateway-endpoint-configuration']).toEqual({ vpcEndpointIds: ['vpce-0123456789abcdef0'], disableExecuteApiEndpoint: true });
    expect(doc['x-amazon-apigateway-documentation'].documentationParts[1]).toEqual({
      location: { type: 'METHOD', path: '/orders', method: 'POST' }, properties: { summary: 'Place an order' },
    });
  });
});

describe('serializeExport and helpers', () => {
  it.each(['json', 'yaml'] as const)('%s parses back to the same document', (format) => {
    const doc = run(everything, 'oas30', ['apigateway']);
    const text = serializeExport(doc, format);
    expect(format === 'json' ? JSON.parse(text) : parse(text)).toEqual(doc);
  });

  it.each([
    ['application/yaml', 'yaml', 'application/yaml'],
    ['application/x-yaml', 'yaml', 'application/yaml'],
    ['application/json', 'json', 'application/json'],
    [undefined, 'json', 'application/json'],
  ] as const)('Accept %s -> %s', (accept, format, contentType) => {
    expect(exportFormatFromAccept(accept)).toBe(format);
    expect(exportContentType(format)).toBe(contentType);
  });

  it.each([
    ['integrations,authorizers', ['integrations', 'authorizers'], []],
    [' apigateway ', ['apigateway'], []],
    ['postman,bogus', ['postman'], ['bogus']],
    [undefined, [], []],
  ] as const)('parseExportExtensions(%j)', (value, extensions, invalid) => {
    expect(parseExportExtensions(value)).toEqual({ extensions, invalid });
  });
});

describe('serializeExport YAML quoting', () => {
  it('quotes strings that YAML 1.1 readers would turn into dates or booleans', () => {
    const text = serializeExport({ info: { version: '2026-11-21', flag: 'yes', n: '200' } }, 'yaml');
    expect(text).toContain('version: "2026-11-21"');
    expect(text).toContain('flag: "yes"');
    expect(parse(text)).toEqual({ info: { version: '2026-11-21', flag: 'yes', n: '200' } });
  });
});
