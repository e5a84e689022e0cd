import type { ApiDefinition } from './api-definition';
import { exportDefinition, type ExportType } from './export-definition';
import { loadFixture } from './fixtures/load-fixture';
import { importApiDocument } from './import-api-document';
import { serializeExport, type ExportFormat } from './serialize-export';

const API_ID = 'r0undtr1p0';
const exportOptions = (exportType: ExportType) => ({
  exportType, extensions: ['apigateway'] as const, stageName: 'prod', host: `${API_ID}.execute-api.us-east-1.localhost`,
});

async function importText(text: string): Promise<ApiDefinition> {
  const result = await importApiDocument(text, { restApiId: API_ID });
  expect(result.warnings).toEqual([]);
  return result.definition;
}

async function reimport(definition: ApiDefinition, exportType: ExportType, format: ExportFormat): Promise<ApiDefinition> {
  return importText(serializeExport(exportDefinition(definition, exportOptions(exportType)), format));
}

describe('import -> export -> import is lossless for what the extensions carry', () => {
  const cases: Array<[string, string, ExportType, ExportFormat]> = [];
  for (const format of ['json', 'yaml'] as const) {
    cases.push(['petstore-swagger.json', 'Swagger 2.0 PetStore', 'swagger', format]);
    cases.push(['petstore-swagger.json', 'Swagger 2.0 PetStore', 'oas30', format]);
    cases.push(['every-extension-oas30.yaml', 'OAS 3.0 every extension', 'oas30', format]);
    cases.push(['petstore-oas30.json', 'OAS 3.0 PetStore', 'oas30', format]);
    cases.push(['petstore-oas30.json', 'OAS 3.0 PetStore', 'swagger', format]);
    cases.push(['every-extension-swagger.yaml', 'Swagger 2.0 every extension', 'swagger', format]);
    cases.push(['every-extension-swagger.yaml', 'Swagger 2.0 every extension', 'oas30', format]);
  }

  it.each(cases)('%s (%s) exported as %s/%s', async (fixture, _name, exportType, format) => {
    const first = await importText(loadFixture(fixture));
    const second = await reimport(first, exportType, format);
    // AWS (and we) write the creation time as info.version when the API has none, so it comes back set.
    if (first.version === undefined) expect(second.version).toBe(new Date(0).toISOString().replace('.000Z', 'Z'));
    expect({ ...second, version: first.version }).toEqual(first);
  });

  it('every extension survives Swagger 2.0 export and re-import, JSON and YAML', async () => {
    // OAS 3 -> Swagger loses what Swagger cannot say (required response headers, per-type models), so the
    // Swagger round trip starts from the definition Swagger can carry.
    const viaSwagger = await reimport(await importText(loadFixture('every-extension-oas30.yaml')), 'swagger', 'json');
    expect(await reimport(viaSwagger, 'swagger', 'json')).toEqual(viaSwagger);
    expect(await reimport(viaSwagger, 'swagger', 'yaml')).toEqual(viaSwagger);
    expect(viaSwagger.authorizers).toHaveLength(3);
    expect(viaSwagger.gatewayResponses).toHaveLength(2);
    expect(viaSwagger.resources.find((r) => r.path === '/orders/{orderId}')?.methods.ANY?.integration?.connectionType).toBe('VPC_LINK');
  });

  it('a JSON rendering of the YAML fixture imports to the same definition', async () => {
    const fromYaml = await importText(loadFixture('every-extension-oas30.yaml'));
    const asJson = serializeExport(exportDefinition(fromYaml, exportOptions('oas30')), 'json');
    expect(JSON.parse(asJson).openapi).toBe('3.0.1');
    expect(await importText(asJson)).toEqual(fromYaml);
  });
});

describe('definitions built through the API (not imported) export and import back', () => {
  it.each(['swagger', 'oas30'] as const)('a method without method responses or integration (%s)', async (exportType) => {
    const definition: ApiDefinition = {
      name: 'Bare', binaryMediaTypes: [], models: [], requestValidators: [], authorizers: [], gatewayResponses: [], documentationParts: [],
      resources: [
        { path: '/', methods: {} },
        { path: '/proxy', methods: {} },
        { path: '/proxy/{proxy+}', methods: { ANY: { httpMethod: 'ANY', authorizationType: 'NONE', apiKeyRequired: false, requestParameters: { 'method.request.path.proxy': true }, requestModels: {}, methodResponses: {} } } },
      ],
      version: '1',
    };
    for (const format of ['json', 'yaml'] as const) expect(await reimport(definition, exportType, format)).toEqual(definition);
  });
});
