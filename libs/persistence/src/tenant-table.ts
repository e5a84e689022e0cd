import type { FindOptionsWhere, Repository, SelectQueryBuilder } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { keysetPage } from './keyset-page';
import type { Page, PageRequest } from './page';
import { tenantColumns as tenant } from './tenant-columns';
import type { TenantScope } from './tenant-scope';

/** A row owned by one account and region, identified by its id and paged by (createdDate, id). */
export interface TenantRow {
  accountId: string;
  region: string;
  id: string;
  createdDate: Date;
}

/**
 * The by-id CRUD that account-level resources share; every statement is limited to the scope's
 * account and region, so a row of another tenant is simply not found.
 */
export class TenantTable<E extends TenantRow> {
  constructor(
    private readonly repo: Repository<E>,
    private readonly alias: string,
  ) {}

  find(scope: TenantScope, id: string): Promise<E | null> {
    return this.repo.findOneBy(this.key(scope, id));
  }

  /** The scope's rows as a query builder (main alias as given), for callers to add filters before `keysetPage`. */
  query(scope: TenantScope): SelectQueryBuilder<E> {
    return this.repo.createQueryBuilder(this.alias).where(`${this.alias}.account_id = :accountId AND ${this.alias}.region = :region`, tenant(scope));
  }

  list(scope: TenantScope, page: PageRequest): Promise<Page<E>> {
    return keysetPage(this.query(scope), page);
  }

  async update(scope: TenantScope, id: string, values: QueryDeepPartialEntity<E>): Promise<boolean> {
    const result = await this.repo.update(this.key(scope, id), values);
    return (result.affected ?? 0) > 0;
  }

  async delete(scope: TenantScope, id: string): Promise<boolean> {
    const result = await this.repo.delete(this.key(scope, id));
    return (result.affected ?? 0) > 0;
  }

  // TypeORM cannot see that these columns exist on every E, hence the one cast.
  private key(scope: TenantScope, id: string): FindOptionsWhere<E> {
    return { ...tenant(scope), id } as FindOptionsWhere<E>;
  }
}
