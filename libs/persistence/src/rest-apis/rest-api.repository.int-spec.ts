import type { DataSource } from 'typeorm';
import { createAccount } from '../accounts/create-account';
import { createDataSource } from '../data-source';
import { ResourceRepository } from '../resources/resource.repository';
import type { TenantScope } from '../tenant-scope';
import { RestApiRepository, type RestApiValues } from './rest-api.repository';

const values = (name: string): RestApiValues => ({
  name,
  description: null,
  version: null,
  binaryMediaTypes: [],
  apiKeySource: 'HEADER',
  minimumCompressionSize: null,
  endpointConfiguration: { types: ['EDGE'] },
  policy: null,
  disableExecuteApiEndpoint: false,
  tags: {},
});

describe('RestApiRepository and ResourceRepository', () => {
  let dataSource: DataSource;
  let apis: RestApiRepository;
  let resources: ResourceRepository;
  let scope: TenantScope;
  beforeAll(async () => {
    dataSource = await createDataSource(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test', { poolSize: 2 }).initialize();
    apis = new RestApiRepository(dataSource);
    resources = new ResourceRepository(dataSource);
  });
  beforeEach(async () => {
    scope = { accountId: (await createAccount(dataSource)).accountId, region: 'us-east-1' };
  });
  afterAll(() => dataSource.destroy());

  it('creates an API with its root resource, visible only to its account and region', async () => {
    const api = await apis.createWithRoot(scope, values('a'));
    expect(api).toMatchObject({ name: 'a', accountId: scope.accountId, region: 'us-east-1' });
    expect(await resources.find(scope, api.id, api.rootResourceId)).toMatchObject({ path: '/', parentId: null, pathPart: null });

    const other = { accountId: (await createAccount(dataSource)).accountId, region: 'us-east-1' };
    expect(await apis.find(other, api.id)).toBeNull();
    expect(await apis.find({ ...scope, region: 'eu-west-1' }, api.id)).toBeNull();
    expect(await apis.delete(other, api.id)).toBe(false);
    expect(await resources.find(other, api.id, api.rootResourceId)).toBeNull();
    expect(await apis.exists(scope, api.id)).toBe(true);
  });

  it('pages by keyset in creation order', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await apis.createWithRoot(scope, values(`p${i}`))).id);
    const first = await apis.list(scope, { limit: 2 });
    const second = await apis.list(scope, { limit: 2, after: first.next });
    const third = await apis.list(scope, { limit: 2, after: second.next });
    expect([...first.items, ...second.items, ...third.items].map((a) => a.id)).toEqual(ids);
    expect(third.next).toBeUndefined();
  });

  it('returns null on a duplicate child and cascades deletes down the tree', async () => {
    const api = await apis.createWithRoot(scope, values('tree'));
    const a = await resources.insert(scope, { restApiId: api.id, parentId: api.rootResourceId, pathPart: 'a', path: '/a' });
    expect(a).not.toBeNull();
    expect(await resources.insert(scope, { restApiId: api.id, parentId: api.rootResourceId, pathPart: 'a', path: '/a' })).toBeNull();
    const b = await resources.insert(scope, { restApiId: api.id, parentId: a!.id, pathPart: 'b', path: '/a/b' });
    expect((await resources.listChildren(scope, api.id, a!.id)).map((r) => r.id)).toEqual([b!.id]);

    expect(await resources.delete(scope, api.id, a!.id)).toBe(true);
    expect((await resources.listAll(scope, api.id)).map((r) => r.path)).toEqual(['/']);
    expect(await apis.delete(scope, api.id)).toBe(true);
    expect(await resources.listAll(scope, api.id)).toEqual([]);
  });
});
