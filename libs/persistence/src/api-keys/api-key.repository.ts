import type { DataSource, Repository } from 'typeorm';
import { newId } from '../ids';
import { keysetPage } from '../keyset-page';
import type { Page, PageRequest } from '../page';
import { tenantColumns as tenant } from '../tenant-columns';
import type { TenantScope } from '../tenant-scope';
import { TenantTable } from '../tenant-table';
import { ApiKeyEntity } from './api-key.entity';

export type ApiKeyValues = Omit<ApiKeyEntity, 'id' | 'accountId' | 'region' | 'createdDate' | 'lastUpdatedDate'>;
export type ApiKeyChanges = Partial<Omit<ApiKeyValues, 'value' | 'valueSha256'>>;

export interface ApiKeyFilter {
  /** Name prefix (AWS's nameQuery). */
  nameQuery?: string;
  customerId?: string;
}

/** API keys of one account and region. */
export class ApiKeyRepository {
  private readonly repo: Repository<ApiKeyEntity>;
  private readonly table: TenantTable<ApiKeyEntity>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(ApiKeyEntity);
    this.table = new TenantTable(this.repo, 'k');
  }

  /** Inserts a new key; null when the value is already taken (by any account). */
  async insert(scope: TenantScope, values: ApiKeyValues): Promise<ApiKeyEntity | null> {
    const now = new Date();
    const row = { ...values, ...tenant(scope), id: newId(), createdDate: now, lastUpdatedDate: now };
    const result = await this.repo.createQueryBuilder().insert().values(row).orIgnore().returning('id').execute();
    return (result.raw as unknown[]).length > 0 ? this.find(scope, row.id) : null;
  }

  find(scope: TenantScope, id: string): Promise<ApiKeyEntity | null> {
    return this.table.find(scope, id);
  }

  findMany(scope: TenantScope, ids: readonly string[]): Promise<ApiKeyEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.repo.createQueryBuilder('k')
      .where('k.account_id = :accountId AND k.region = :region AND k.id IN (:...ids)', { ...tenant(scope), ids })
      .getMany();
  }

  findByValueSha256(valueSha256: string): Promise<ApiKeyEntity | null> {
    return this.repo.findOneBy({ valueSha256 });
  }

  list(scope: TenantScope, page: PageRequest, filter: ApiKeyFilter = {}): Promise<Page<ApiKeyEntity>> {
    const query = this.table.query(scope);
    if (filter.nameQuery) query.andWhere("k.name LIKE :name ESCAPE '\\'", { name: `${escapeLike(filter.nameQuery)}%` });
    if (filter.customerId) query.andWhere('k.customer_id = :customerId', { customerId: filter.customerId });
    return keysetPage(query, page);
  }

  update(scope: TenantScope, id: string, changes: ApiKeyChanges): Promise<boolean> {
    return this.table.update(scope, id, { ...changes, lastUpdatedDate: new Date() });
  }

  /** Deletes the key; its usage-plan memberships go with it (ON DELETE CASCADE). */
  delete(scope: TenantScope, id: string): Promise<boolean> {
    return this.table.delete(scope, id);
  }
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
