import type { DataSource } from 'typeorm';
import { createAccount } from './accounts/create-account';
import { ApiChildTable } from './api-child-table';
import { createDataSource } from './data-source';
import { RequestValidatorEntity } from './request-validators/request-validator.entity';
import { RestApiRepository } from './rest-apis/rest-api.repository';
import type { TenantScope } from './tenant-scope';

const api = (name: string) => ({
  name, description: null, version: null, binaryMediaTypes: [], apiKeySource: 'HEADER', minimumCompressionSize: null,
  endpointConfiguration: { types: ['EDGE'] }, policy: null, disableExecuteApiEndpoint: false, tags: {},
});

/** The shared CRUD of an API's parts keeps every statement inside one account, region and REST API. */
describe('ApiChildTable', () => {
  let dataSource: DataSource;
  let table: ApiChildTable<RequestValidatorEntity>;
  let scope: TenantScope;
  let stranger: TenantScope;
  let apiId: string;
  let otherApiId: string;

  beforeAll(async () => {
    dataSource = await createDataSource(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test', { poolSize: 2 }).initialize();
    table = new ApiChildTable(dataSource.getRepository(RequestValidatorEntity), 'v');
    const apis = new RestApiRepository(dataSource);
    scope = { accountId: (await createAccount(dataSource)).accountId, region: 'us-east-1' };
    stranger = { accountId: (await createAccount(dataSource)).accountId, region: 'us-east-1' };
    apiId = (await apis.createWithRoot(scope, api('one'))).id;
    otherApiId = (await apis.createWithRoot(scope, api('two'))).id;
  });
  afterAll(() => dataSource.destroy());

  it('creates, finds, updates and deletes a row only through its own API and tenant', async () => {
    const created = await table.create(scope, apiId, { name: 'body', validateRequestBody: true, validateRequestParameters: false });
    expect(created).toMatchObject({ ...scope, restApiId: apiId, name: 'body', validateRequestBody: true });
    expect(created.createdDate).toBeInstanceOf(Date);

    expect(await table.find(scope, otherApiId, created.id)).toBeNull();
    expect(await table.find(stranger, apiId, created.id)).toBeNull();
    expect(await table.update(scope, otherApiId, created.id, { name: 'stolen' })).toBe(false);
    expect(await table.delete(stranger, apiId, created.id)).toBe(false);

    expect(await table.update(scope, apiId, created.id, { name: 'renamed' })).toBe(true);
    expect((await table.find(scope, apiId, created.id))?.name).toBe('renamed');
    // No columns to set: the answer is whether the row exists.
    expect(await table.update(scope, apiId, created.id, {})).toBe(true);
    expect(await table.update(scope, otherApiId, created.id, {})).toBe(false);

    expect(await table.delete(scope, apiId, created.id)).toBe(true);
    expect(await table.find(scope, apiId, created.id)).toBeNull();
  });

  it('lists and pages the rows of one API, oldest first', async () => {
    const made = [];
    for (const name of ['a', 'b', 'c']) made.push(await table.create(scope, otherApiId, { name, validateRequestBody: false, validateRequestParameters: true }));
    const order = [...made].sort((x, y) => x.createdDate.getTime() - y.createdDate.getTime() || (x.id < y.id ? -1 : 1)).map((row) => row.id);

    expect((await table.listAll(scope, otherApiId)).map((row) => row.id)).toEqual(order);
    expect(await table.listAll(stranger, otherApiId)).toEqual([]);
    const first = await table.list(scope, otherApiId, { limit: 2 });
    const second = await table.list(scope, otherApiId, { limit: 2, after: first.next });
    expect([...first.items, ...second.items].map((row) => row.id)).toEqual(order);
    expect(second.next).toBeUndefined();
  });
});
