import type { DataSource, Repository } from 'typeorm';
import { newId } from '../ids';
import type { Page, PageRequest } from '../page';
import { tenantColumns as tenant } from '../tenant-columns';
import type { TenantScope } from '../tenant-scope';
import { TenantTable } from '../tenant-table';
import { VpcLinkEntity } from './vpc-link.entity';

export type VpcLinkValues = Omit<VpcLinkEntity, 'id' | 'accountId' | 'region' | 'createdDate'>;

/** VPC links of one account and region. */
export class VpcLinkRepository {
  private readonly repo: Repository<VpcLinkEntity>;
  private readonly table: TenantTable<VpcLinkEntity>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(VpcLinkEntity);
    this.table = new TenantTable(this.repo, 'v');
  }

  async insert(scope: TenantScope, values: VpcLinkValues): Promise<VpcLinkEntity> {
    const entity = { ...values, ...tenant(scope), id: newId(), createdDate: new Date() };
    await this.repo.insert(entity);
    return entity;
  }

  find(scope: TenantScope, id: string): Promise<VpcLinkEntity | null> {
    return this.table.find(scope, id);
  }

  list(scope: TenantScope, page: PageRequest): Promise<Page<VpcLinkEntity>> {
    return this.table.list(scope, page);
  }

  update(scope: TenantScope, id: string, values: Partial<Pick<VpcLinkEntity, 'name' | 'description'>>): Promise<boolean> {
    return this.table.update(scope, id, values);
  }

  delete(scope: TenantScope, id: string): Promise<boolean> {
    return this.table.delete(scope, id);
  }
}
