import type { DataSource, Repository } from 'typeorm';
import { newId } from '../ids';
import { type Page, type PageRequest, toPage } from '../page';
import { tenantColumns as tenant } from '../tenant-columns';
import type { TenantScope } from '../tenant-scope';
import { VpcLinkEntity } from './vpc-link.entity';

export type VpcLinkValues = Omit<VpcLinkEntity, 'id' | 'accountId' | 'region' | 'createdDate'>;

/** VPC links of one account and region. */
export class VpcLinkRepository {
  private readonly repo: Repository<VpcLinkEntity>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(VpcLinkEntity);
  }

  async insert(scope: TenantScope, values: VpcLinkValues): Promise<VpcLinkEntity> {
    const entity = { ...values, ...tenant(scope), id: newId(), createdDate: new Date() };
    await this.repo.insert(entity);
    return entity;
  }

  find(scope: TenantScope, id: string): Promise<VpcLinkEntity | null> {
    return this.repo.findOneBy({ ...tenant(scope), id });
  }

  async list(scope: TenantScope, page: PageRequest): Promise<Page<VpcLinkEntity>> {
    const query = this.repo
      .createQueryBuilder('v')
      .where('v.account_id = :accountId AND v.region = :region', tenant(scope))
      .orderBy('v.created_date', 'ASC')
      .addOrderBy('v.id', 'ASC')
      .take(page.limit + 1);
    if (page.after) query.andWhere('(v.created_date, v.id) > (:afterDate, :afterId)', { afterDate: page.after.createdDate, afterId: page.after.id });
    return toPage(await query.getMany(), page.limit);
  }

  async update(scope: TenantScope, id: string, values: Partial<Pick<VpcLinkEntity, 'name' | 'description'>>): Promise<boolean> {
    const result = await this.repo.update({ ...tenant(scope), id }, values);
    return (result.affected ?? 0) > 0;
  }

  async delete(scope: TenantScope, id: string): Promise<boolean> {
    const result = await this.repo.delete({ ...tenant(scope), id });
    return (result.affected ?? 0) > 0;
  }
}
