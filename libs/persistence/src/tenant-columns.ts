import { Column, ForeignKey } from 'typeorm';
import { AccountEntity } from './accounts/account.entity';
import type { TenantScope } from './tenant-scope';

/** The account/region columns every tenant-scoped row carries, as a TypeORM `where`/values fragment. */
export function tenantColumns(scope: TenantScope): { accountId: string; region: string } {
  return { accountId: scope.accountId, region: scope.region };
}

/**
 * Column base (no @Entity, so TypeORM inherits its columns into each subclass's own table) for the
 * account/region pair every tenant-scoped table carries; rows go with their account.
 */
export abstract class TenantColumns {
  @ForeignKey(() => AccountEntity, { onDelete: 'CASCADE' })
  @Column({ type: 'varchar', length: 12 })
  accountId!: string;

  @Column({ type: 'varchar', length: 32 })
  region!: string;
}
