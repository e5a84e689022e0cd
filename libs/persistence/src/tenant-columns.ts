import type { TenantScope } from './tenant-scope';

/** The account/region columns every tenant-scoped row carries, as a TypeORM `where`/values fragment. */
export function tenantColumns(scope: TenantScope): { accountId: string; region: string } {
  return { accountId: scope.accountId, region: scope.region };
}
