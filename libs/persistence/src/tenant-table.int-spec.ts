import type { DataSource } from 'typeorm';
import { createAccount } from './accounts/create-account';
import { createDataSource } from './data-source';
import { keysetPage } from './keyset-page';
import type { TenantScope } from './tenant-scope';
import { TenantTable } from './tenant-table';
import { VpcLinkEntity } from './vpc-links/vpc-link.entity';
import { newId } from './ids';

/** The shared by-id CRUD keeps every statement inside the caller's account and region. */
describe('TenantTable', () => {
  let dataSource: DataSource;
  let table: TenantTable<VpcLinkEntity>;
  let owner: TenantScope;
  let otherAccount: TenantScope;
  let otherRegion: TenantScope;

  let clock = Date.parse('2030-01-01T00:00:00.000Z');
  /** Rows a millisecond apart, so the expected (createdDate, id) order is the insertion order. */
  const insert = async (scope: TenantScope, name: string): Promise<VpcLinkEntity> => {
    const row = { ...scope, id: newId(), name, description: null, targetArns: [], status: 'AVAILABLE', statusMessage: null, tags: {}, createdDate: new Date(clock++) };
    await dataSource.getRepository(VpcLinkEntity).insert(row);
    return row;
  };

  beforeAll(async () => {
    dataSource = await createDataSource(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test', { poolSize: 2 }).initialize();
    table = new TenantTable(dataSource.getRepository(VpcLinkEntity), 'v');
    owner = { accountId: (await createAccount(dataSource)).accountId, region: 'us-east-1' };
    otherAccount = { accountId: (await createAccount(dataSource)).accountId, region: 'us-east-1' };
    otherRegion = { accountId: owner.accountId, region: 'eu-west-1' };
  });
  afterAll(() => dataSource.destroy());

  it('finds, updates and deletes a row only in its own account and region', async () => {
    const link = await insert(owner, 'mine');
    for (const stranger of [otherAccount, otherRegion]) {
      expect(await table.find(stranger, link.id)).toBeNull();
      expect(await table.update(stranger, link.id, { name: 'stolen' })).toBe(false);
      expect(await table.delete(stranger, link.id)).toBe(false);
    }
    expect((await table.find(owner, link.id))?.name).toBe('mine');
    expect(await table.update(owner, link.id, { name: 'renamed' })).toBe(true);
    expect((await table.find(owner, link.id))?.name).toBe('renamed');
    expect(await table.delete(owner, link.id)).toBe(true);
    expect(await table.find(owner, link.id)).toBeNull();
    expect(await table.delete(owner, link.id)).toBe(false);
  });

  it('lists only the scope, oldest first, and pages a filtered query with keysetPage', async () => {
    const created = [];
    for (const name of ['a-1', 'b-1', 'a-2', 'a-3']) created.push(await insert(otherRegion, name));
    await insert(otherAccount, 'a-foreign');

    const all = await table.list(otherRegion, { limit: 10 });
    expect(all.items.map((row) => row.id)).toEqual(created.map((row) => row.id));
    expect(all.next).toBeUndefined();

    const filtered = () => table.query(otherRegion).andWhere('v.name LIKE :prefix', { prefix: 'a-%' });
    const first = await keysetPage(filtered(), { limit: 2 });
    expect(first.items.map((row) => row.name)).toEqual(['a-1', 'a-2']);
    expect(first.next).toEqual({ createdDate: first.items[1].createdDate, id: first.items[1].id });
    const second = await keysetPage(filtered(), { limit: 2, after: first.next });
    expect(second.items.map((row) => row.name)).toEqual(['a-3']);
    expect(second.next).toBeUndefined();
  });
});
