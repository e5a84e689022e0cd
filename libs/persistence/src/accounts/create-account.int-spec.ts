import type { DataSource } from 'typeorm';
import { AccessKeyRepository } from './access-key.repository';
import { AccountRepository } from './account.repository';
import { createAccount } from './create-account';
import { createDataSource } from '../data-source';

describe('accounts and access keys', () => {
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = await createDataSource(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test', { poolSize: 2 }).initialize();
  });
  afterAll(() => dataSource.destroy());

  it('createAccount makes an account whose key resolves to it', async () => {
    const created = await createAccount(dataSource, { name: 'spec' });
    expect(created.accountId).toMatch(/^\d{12}$/);
    expect(created.accessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(created.secretAccessKey).toHaveLength(40);
    const keys = new AccessKeyRepository(dataSource);
    expect(await keys.findCredential(created.accessKeyId)).toEqual({ ...created, enabled: true });
  });

  it('the default account exists with key test/test', async () => {
    expect(await new AccessKeyRepository(dataSource).findCredential('test')).toEqual({
      accessKeyId: 'test', secretAccessKey: 'test', accountId: '000000000000', enabled: expect.any(Boolean),
    });
  });

  it('a key is disabled when the key or its account is disabled', async () => {
    const keys = new AccessKeyRepository(dataSource);
    const accounts = new AccountRepository(dataSource);
    const a = await createAccount(dataSource);
    expect(await keys.setEnabled(a.accountId, a.accessKeyId, false)).toBe(true);
    expect((await keys.findCredential(a.accessKeyId))?.enabled).toBe(false);

    const b = await createAccount(dataSource);
    expect(await accounts.setEnabled(b.accountId, false)).toBe(true);
    expect((await keys.findCredential(b.accessKeyId))?.enabled).toBe(false);
    expect((await accounts.find(b.accountId))?.enabled).toBe(false);
  });

  it('unknown keys are null and another account cannot toggle a key', async () => {
    const keys = new AccessKeyRepository(dataSource);
    expect(await keys.findCredential('AKIADOESNOTEXIST0000')).toBeNull();
    const a = await createAccount(dataSource);
    const b = await createAccount(dataSource);
    expect(await keys.setEnabled(b.accountId, a.accessKeyId, false)).toBe(false);
    expect((await keys.findCredential(a.accessKeyId))?.enabled).toBe(true);
  });

  it('rejects malformed account ids', async () => {
    await expect(createAccount(dataSource, { accountId: 'abc' })).rejects.toThrow('12 digits');
  });
});
