import type { FindOptionsOrder, FindOptionsWhere, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { newId } from './ids';
import { keysetPage } from './keyset-page';
import type { Page, PageRequest } from './page';
import { tenantColumns as tenant } from './tenant-columns';
import type { TenantScope } from './tenant-scope';
import type { TenantRow } from './tenant-table';

/** A row that belongs to one REST API of an account and region. */
export interface ApiChildRow extends TenantRow {
  restApiId: string;
}

/**
 * The CRUD that the parts of a REST API (authorizers, request validators, models, documentation parts)
 * share; every statement is limited to the scope's account and region and to the one API.
 */
export class ApiChildTable<E extends ApiChildRow> {
  constructor(
    private readonly repo: Repository<E>,
    private readonly alias: string,
  ) {}

  /** Inserts under a new id and reads the row back (with its database defaults). */
  async create(scope: TenantScope, restApiId: string, values: QueryDeepPartialEntity<E>): Promise<E> {
    const id = newId();
    await this.repo.insert({ ...values, ...tenant(scope), restApiId, id } as QueryDeepPartialEntity<E>);
    return this.repo.findOneByOrFail({ id } as FindOptionsWhere<E>);
  }

  find(scope: TenantScope, restApiId: string, id: string): Promise<E | null> {
    return this.repo.findOneBy(this.where(scope, restApiId, id));
  }

  /** Every row of the API, oldest first (for snapshots and exports; an API holds few). */
  listAll(scope: TenantScope, restApiId: string): Promise<E[]> {
    return this.repo.find({ where: this.where(scope, restApiId), order: { createdDate: 'ASC', id: 'ASC' } as FindOptionsOrder<E> });
  }

  list(scope: TenantScope, restApiId: string, page: PageRequest): Promise<Page<E>> {
    const { alias } = this;
    const query = this.repo
      .createQueryBuilder(alias)
      .where(`${alias}.account_id = :accountId AND ${alias}.region = :region AND ${alias}.rest_api_id = :restApiId`, { ...tenant(scope), restApiId });
    return keysetPage(query, page);
  }

  /** An empty change set only reports whether the row exists (SQL has no UPDATE without columns). */
  async update(scope: TenantScope, restApiId: string, id: string, changes: QueryDeepPartialEntity<E>): Promise<boolean> {
    if (Object.keys(changes).length === 0) return this.repo.existsBy(this.where(scope, restApiId, id));
    const result = await this.repo.update(this.where(scope, restApiId, id), changes);
    return (result.affected ?? 0) > 0;
  }

  async delete(scope: TenantScope, restApiId: string, id: string): Promise<boolean> {
    const result = await this.repo.delete(this.where(scope, restApiId, id));
    return (result.affected ?? 0) > 0;
  }

  // TypeORM cannot see that these columns exist on every E, hence the casts.
  private where(scope: TenantScope, restApiId: string, id?: string): FindOptionsWhere<E> {
    return (id === undefined ? { ...tenant(scope), restApiId } : { ...tenant(scope), restApiId, id }) as FindOptionsWhere<E>;
  }
}
