import type { DataSource, Repository } from 'typeorm';
import { tenantColumns as tenant } from '../tenant-columns';
import type { TenantScope } from '../tenant-scope';
import { BasePathMappingEntity } from './base-path-mapping.entity';

export type BasePathMappingValues = Pick<BasePathMappingEntity, 'basePath' | 'restApiId' | 'stage'>;

/** Base path mappings of one domain name; every method is scoped by the domain owner's account and region. */
export class BasePathMappingRepository {
  private readonly repo: Repository<BasePathMappingEntity>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(BasePathMappingEntity);
  }

  /** Inserts unless the base path is taken on this domain; false means it was. */
  async insert(scope: TenantScope, domainName: string, values: BasePathMappingValues): Promise<boolean> {
    const result = await this.repo
      .createQueryBuilder()
      .insert()
      .values({ ...values, ...tenant(scope), domainName, createdDate: new Date() })
      .orIgnore()
      .returning('base_path')
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  find(scope: TenantScope, domainName: string, basePath: string): Promise<BasePathMappingEntity | null> {
    return this.repo.findOneBy({ ...tenant(scope), domainName, basePath });
  }

  /** `limit + 1` mappings after `afterPath`, by base path. */
  listAfter(scope: TenantScope, domainName: string, limit: number, afterPath?: string): Promise<BasePathMappingEntity[]> {
    const query = this.repo
      .createQueryBuilder('m')
      .where('m.account_id = :accountId AND m.region = :region AND m.domain_name = :domainName', { ...tenant(scope), domainName })
      .orderBy('m.base_path', 'ASC')
      .take(limit + 1);
    if (afterPath !== undefined) query.andWhere('m.base_path > :afterPath', { afterPath });
    return query.getMany();
  }

  /** Replaces the mapping's values (the base path may change); false when it is gone or the new path is taken. */
  async replace(scope: TenantScope, domainName: string, basePath: string, values: BasePathMappingValues): Promise<boolean> {
    try {
      const result = await this.repo.update({ ...tenant(scope), domainName, basePath }, values);
      return (result.affected ?? 0) > 0;
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === '23505') return false;
      throw error;
    }
  }

  async delete(scope: TenantScope, domainName: string, basePath: string): Promise<boolean> {
    const result = await this.repo.delete({ ...tenant(scope), domainName, basePath });
    return (result.affected ?? 0) > 0;
  }
}
