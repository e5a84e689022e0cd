import { createAccount, type CreatedAccount } from '@tollgate/persistence';
import type { DataSource } from 'typeorm';

/** A fresh account + access key per test, so tests never see each other's data. */
export function createTestAccount(dataSource: DataSource): Promise<CreatedAccount> {
  return createAccount(dataSource, { name: 'test' });
}
