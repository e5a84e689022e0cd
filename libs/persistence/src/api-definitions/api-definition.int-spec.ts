import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ApiDefinition, importApiDocument } from '@tollgate/openapi';
import type { DataSource } from 'typeorm';
import { createAccount } from '../accounts/create-account';
import { createDataSource } from '../data-source';
import { newId } from '../ids';
import { AuthorizerEntity } from '../authorizers/authorizer.entity';
import { ResourceEntity } from '../resources/resource.entity';
import { RestApiEntity } from '../rest-apis/rest-api.entity';
import type { TenantScope } from '../tenant-scope';
import { ApiDefinitionReader } from './api-definition.reader';
import { ApiDefinitionWriter } from './api-definition.writer';

async function fixture(name: string, restApiId: string): Promise<ApiDefinition> {
  const text = readFileSync(join(__dirname, '../../../openapi/src/fixtures', name), 'utf8');
  return (await importApiDocument(text, { restApiId })).definition;
}

describe('ApiDefinitionWriter and ApiDefinitionReader (real Postgres)', () => {
  let dataSource: DataSource;
  let writer: ApiDefinitionWriter;
  let reader: ApiDefinitionReader;
  let scope: TenantScope;

  beforeAll(async () => {
    dataSource = await createDataSource(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test', { poolSize: 2 }).initialize();
    writer = new ApiDefinitionWriter(dataSource);
    reader = new ApiDefinitionReader(dataSource);
  });
  beforeEach(async () => {
    scope = { accountId: (await createAccount(dataSource)).accountId, region: 'us-east-1' };
  });
  afterAll(() => dataSource.destroy());

  it.each(['every-extension-oas30.yaml', 'every-extension-swagger.yaml', 'petstore-oas30.json'])('stores and reads back %s, and a second store of what was read is identical', async (name) => {
    const id = newId();
    const definition = await fixture(name, id);
    const api = await writer.create(scope, definition, { id, defaultEndpointTypes: ['REGIONAL'] });
    expect(api).toMatchObject({ id, name: definition.name, accountId: scope.accountId });

    const stored = await reader.load(scope, id);
    expect(stored).not.toBeNull();
    expect(stored!.resources.map((r) => r.path)).toEqual(expect.arrayContaining(definition.resources.map((r) => r.path)));
    expect(stored!.authorizers.map((a) => a.name).sort()).toEqual(definition.authorizers.map((a) => a.name).sort());
    expect(stored!.gatewayResponses.map((g) => g.responseType).sort()).toEqual(definition.gatewayResponses.map((g) => g.responseType).sort());
    expect(stored!.documentationParts).toHaveLength(definition.documentationParts.length);
    expect(stored!.models.map((m) => m.name)).toEqual(expect.arrayContaining([...definition.models.map((m) => m.name), 'Empty', 'Error']));
    for (const resource of definition.resources) {
      const back = stored!.resources.find((r) => r.path === resource.path)!;
      expect(Object.keys(back.methods).sort()).toEqual(Object.keys(resource.methods).sort());
      for (const [verb, method] of Object.entries(resource.methods)) {
        const got = back.methods[verb as keyof typeof back.methods]!;
        expect(got.authorizerName).toBe(method.authorizerName);
        expect(got.requestValidatorName).toBe(method.requestValidatorName);
        expect(got.methodResponses).toEqual(method.methodResponses);
        expect(got.integration?.integrationResponses).toEqual(method.integration?.integrationResponses);
        expect(got.integration?.uri).toBe(method.integration?.uri);
      }
    }

    const copyId = newId();
    await writer.create(scope, stored!, { id: copyId, defaultEndpointTypes: ['EDGE'] });
    expect(await reader.load(scope, copyId)).toEqual(stored);
  });

  it('replace keeps the ids of resources and authorizers that stay, drops the rest, and never changes the endpoint configuration', async () => {
    const id = newId();
    const definition = await fixture('every-extension-oas30.yaml', id);
    await writer.create(scope, definition, { id, defaultEndpointTypes: ['REGIONAL'] });
    const before = await dataSource.getRepository(ResourceEntity).findBy({ restApiId: id });
    const authorizersBefore = await dataSource.getRepository(AuthorizerEntity).findBy({ restApiId: id });
    const endpointBefore = (await dataSource.getRepository(RestApiEntity).findOneByOrFail({ id })).endpointConfiguration;

    const kept = definition.resources.filter((r) => r.path !== '/' && r.path.split('/').length === 2).slice(0, 1);
    const smaller: ApiDefinition = { ...definition, name: 'Smaller', resources: kept, endpointConfiguration: { types: ['PRIVATE'] } };
    const replaced = await writer.replace(scope, id, smaller);
    expect(replaced).toMatchObject({ name: 'Smaller', endpointConfiguration: endpointBefore });

    const after = await dataSource.getRepository(ResourceEntity).findBy({ restApiId: id });
    expect(after.map((r) => r.path).sort()).toEqual(['/', ...kept.map((r) => r.path)].sort());
    for (const resource of after) expect(before.find((b) => b.path === resource.path)?.id).toBe(resource.id);
    const authorizersAfter = await dataSource.getRepository(AuthorizerEntity).findBy({ restApiId: id });
    expect(authorizersAfter.map((a) => a.id).sort()).toEqual(authorizersBefore.map((a) => a.id).sort());
  });

  it('writes nothing when any row fails (one transaction)', async () => {
    const id = newId();
    const definition = await fixture('petstore-oas30.json', id);
    const broken: ApiDefinition = {
      ...definition,
      resources: [...definition.resources, { path: '/broken', methods: { GET: { httpMethod: 'GET', authorizationType: 'NONE', apiKeyRequired: false, requestParameters: {}, requestModels: {}, methodResponses: { 20000: { statusCode: '20000', responseParameters: {}, responseModels: {} } } } } }],
    };
    await expect(writer.create(scope, broken, { id, defaultEndpointTypes: ['EDGE'] })).rejects.toThrow();
    expect(await dataSource.getRepository(RestApiEntity).existsBy({ id })).toBe(false);
    expect(await dataSource.getRepository(ResourceEntity).existsBy({ restApiId: id })).toBe(false);
  });

  it('is scoped by account and region', async () => {
    const id = newId();
    await writer.create(scope, await fixture('petstore-oas30.json', id), { id, defaultEndpointTypes: ['EDGE'] });
    const other = { accountId: (await createAccount(dataSource)).accountId, region: 'us-east-1' };
    expect(await reader.load(other, id)).toBeNull();
    expect(await reader.load({ ...scope, region: 'eu-west-1' }, id)).toBeNull();
    expect(await writer.replace(other, id, await fixture('petstore-oas30.json', id))).toBeNull();
  });
});
