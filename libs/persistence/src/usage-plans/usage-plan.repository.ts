import type { DataSource, Repository } from 'typeorm';
import { newId } from '../ids';
import { keysetPage } from '../keyset-page';
import type { Page, PageRequest } from '../page';
import { tenantColumns as tenant } from '../tenant-columns';
import type { TenantScope } from '../tenant-scope';
import { TenantTable } from '../tenant-table';
import { UsagePlanEntity } from './usage-plan.entity';

export type UsagePlanValues = Omit<UsagePlanEntity, 'id' | 'accountId' | 'region' | 'createdDate'>;

/** Usage plans of one account and region. */
export class UsagePlanRepository {
  private readonly repo: Repository<UsagePlanEntity>;
  private readonly table: TenantTable<UsagePlanEntity>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(UsagePlanEntity);
    this.table = new TenantTable(this.repo, 'p');
  }

  /** The id is chosen by the caller (AWS's error messages name it before the plan exists). */
  async insert(scope: TenantScope, id: string, values: UsagePlanValues): Promise<UsagePlanEntity> {
    await this.repo.insert({ ...values, ...tenant(scope), id, createdDate: new Date() });
    const created = await this.find(scope, id);
    if (!created) throw new Error(`Usage plan ${id} vanished after creation`);
    return created;
  }

  newId(): string {
    return newId();
  }

  find(scope: TenantScope, id: string): Promise<UsagePlanEntity | null> {
    return this.table.find(scope, id);
  }

  findMany(scope: TenantScope, ids: readonly string[]): Promise<UsagePlanEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.repo.createQueryBuilder('p')
      .where('p.account_id = :accountId AND p.region = :region AND p.id IN (:...ids)', { ...tenant(scope), ids })
      .getMany();
  }

  /** Every plan of the account and region (for reports; accounts hold few plans). */
  listAll(scope: TenantScope): Promise<UsagePlanEntity[]> {
    return this.repo.find({ where: { ...tenant(scope) }, order: { createdDate: 'ASC', id: 'ASC' } });
  }

  /** Pages of plans; with `keyId`, only the plans that key belongs to (GetUsagePlans keyId filter). */
  list(scope: TenantScope, page: PageRequest, keyId?: string): Promise<Page<UsagePlanEntity>> {
    const query = this.table.query(scope);
    if (keyId) query.andWhere('p.id IN (SELECT pk.usage_plan_id FROM usage_plan_keys pk WHERE pk.key_id = :keyId)', { keyId });
    return keysetPage(query, page);
  }

  update(scope: TenantScope, id: string, values: Partial<UsagePlanValues>): Promise<boolean> {
    return this.table.update(scope, id, values);
  }

  /** Deletes the plan; its key memberships go with it (ON DELETE CASCADE). */
  delete(scope: TenantScope, id: string): Promise<boolean> {
    return this.table.delete(scope, id);
  }
}
