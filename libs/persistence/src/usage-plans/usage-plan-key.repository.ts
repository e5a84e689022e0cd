import type { DataSource, Repository } from 'typeorm';
import { ApiKeyEntity } from '../api-keys/api-key.entity';
import { escapeLike } from '../api-keys/api-key.repository';
import { keysetPage } from '../keyset-page';
import type { Page, PageRequest } from '../page';
import { tenantColumns as tenant } from '../tenant-columns';
import type { TenantScope } from '../tenant-scope';
import { UsagePlanKeyEntity } from './usage-plan-key.entity';

/** Keys attached to usage plans, scoped by account and region. */
export class UsagePlanKeyRepository {
  private readonly repo: Repository<UsagePlanKeyEntity>;
  private readonly keys: Repository<ApiKeyEntity>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(UsagePlanKeyEntity);
    this.keys = dataSource.getRepository(ApiKeyEntity);
  }

  /** false when the key is already in the plan. */
  async insert(scope: TenantScope, usagePlanId: string, keyId: string): Promise<boolean> {
    const result = await this.repo.createQueryBuilder().insert()
      .values({ ...tenant(scope), usagePlanId, keyId, createdDate: new Date() })
      .orIgnore().returning('key_id').execute();
    return (result.raw as unknown[]).length > 0;
  }

  exists(scope: TenantScope, usagePlanId: string, keyId: string): Promise<boolean> {
    return this.repo.existsBy({ ...tenant(scope), usagePlanId, keyId });
  }

  async delete(scope: TenantScope, usagePlanId: string, keyId: string): Promise<boolean> {
    const result = await this.repo.delete({ ...tenant(scope), usagePlanId, keyId });
    return (result.affected ?? 0) > 0;
  }

  async planIdsOfKey(scope: TenantScope, keyId: string): Promise<string[]> {
    const rows = await this.repo.find({ where: { ...tenant(scope), keyId }, select: { usagePlanId: true }, order: { usagePlanId: 'ASC' } });
    return rows.map((row) => row.usagePlanId);
  }

  async keyIdsOfPlan(scope: TenantScope, usagePlanId: string): Promise<string[]> {
    const rows = await this.repo.find({ where: { ...tenant(scope), usagePlanId }, select: { keyId: true }, order: { keyId: 'ASC' } });
    return rows.map((row) => row.keyId);
  }

  /** The plan's keys (AWS's UsagePlanKeys), optionally by key-name prefix, in key creation order. */
  listKeys(scope: TenantScope, usagePlanId: string, page: PageRequest, nameQuery?: string): Promise<Page<ApiKeyEntity>> {
    const query = this.keys
      .createQueryBuilder('k')
      .innerJoin(UsagePlanKeyEntity, 'pk', 'pk.key_id = k.id AND pk.usage_plan_id = :usagePlanId', { usagePlanId })
      .where('k.account_id = :accountId AND k.region = :region', tenant(scope));
    if (nameQuery) query.andWhere("k.name LIKE :name ESCAPE '\\'", { name: `${escapeLike(nameQuery)}%` });
    return keysetPage(query, page);
  }
}
