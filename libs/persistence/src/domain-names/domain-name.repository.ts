import type { DataSource, Repository } from 'typeorm';
import { tenantColumns as tenant } from '../tenant-columns';
import type { TenantScope } from '../tenant-scope';
import { DomainNameEntity } from './domain-name.entity';

export type DomainNameValues = Omit<DomainNameEntity, 'accountId' | 'region' | 'createdDate'>;

/** Custom domain names of one account and region; pages are ordered by name (the name is the id). */
export class DomainNameRepository {
  private readonly repo: Repository<DomainNameEntity>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(DomainNameEntity);
  }

  /** Inserts unless the name is taken (by any account); false means it was. */
  async insert(scope: TenantScope, values: DomainNameValues): Promise<boolean> {
    const result = await this.repo
      .createQueryBuilder()
      .insert()
      .values({ ...values, ...tenant(scope), createdDate: new Date() })
      .orIgnore()
      .returning('domain_name')
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  find(scope: TenantScope, domainName: string): Promise<DomainNameEntity | null> {
    return this.repo.findOneBy({ ...tenant(scope), domainName });
  }

  exists(scope: TenantScope, domainName: string): Promise<boolean> {
    return this.repo.existsBy({ ...tenant(scope), domainName });
  }

  /** `limit + 1` rows after `afterName`, by name. */
  listAfter(scope: TenantScope, limit: number, afterName?: string): Promise<DomainNameEntity[]> {
    const query = this.repo
      .createQueryBuilder('d')
      .where('d.account_id = :accountId AND d.region = :region', tenant(scope))
      .orderBy('d.domain_name', 'ASC')
      .take(limit + 1);
    if (afterName !== undefined) query.andWhere('d.domain_name > :afterName', { afterName });
    return query.getMany();
  }

  async update(scope: TenantScope, domainName: string, values: Partial<DomainNameValues>): Promise<boolean> {
    const result = await this.repo.update({ ...tenant(scope), domainName }, values);
    return (result.affected ?? 0) > 0;
  }

  /** Deletes the domain; its base path mappings go with it (ON DELETE CASCADE). */
  async delete(scope: TenantScope, domainName: string): Promise<boolean> {
    const result = await this.repo.delete({ ...tenant(scope), domainName });
    return (result.affected ?? 0) > 0;
  }
}
