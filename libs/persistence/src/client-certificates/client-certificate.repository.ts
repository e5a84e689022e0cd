import type { DataSource, Repository } from 'typeorm';
import { newId } from '../ids';
import { type Page, type PageRequest, toPage } from '../page';
import { tenantColumns as tenant } from '../tenant-columns';
import type { TenantScope } from '../tenant-scope';
import { ClientCertificateEntity } from './client-certificate.entity';

export type ClientCertificateValues = Omit<ClientCertificateEntity, 'id' | 'accountId' | 'region'>;

/** Client certificates of one account and region. */
export class ClientCertificateRepository {
  private readonly repo: Repository<ClientCertificateEntity>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(ClientCertificateEntity);
  }

  async insert(scope: TenantScope, values: ClientCertificateValues): Promise<ClientCertificateEntity> {
    const entity = { ...values, ...tenant(scope), id: newId() };
    await this.repo.insert(entity);
    return entity;
  }

  find(scope: TenantScope, id: string): Promise<ClientCertificateEntity | null> {
    return this.repo.findOneBy({ ...tenant(scope), id });
  }

  async list(scope: TenantScope, page: PageRequest): Promise<Page<ClientCertificateEntity>> {
    const query = this.repo
      .createQueryBuilder('c')
      .where('c.account_id = :accountId AND c.region = :region', tenant(scope))
      .orderBy('c.created_date', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .take(page.limit + 1);
    if (page.after) query.andWhere('(c.created_date, c.id) > (:afterDate, :afterId)', { afterDate: page.after.createdDate, afterId: page.after.id });
    return toPage(await query.getMany(), page.limit);
  }

  async update(scope: TenantScope, id: string, values: Partial<Pick<ClientCertificateEntity, 'description'>>): Promise<boolean> {
    const result = await this.repo.update({ ...tenant(scope), id }, values);
    return (result.affected ?? 0) > 0;
  }

  async delete(scope: TenantScope, id: string): Promise<boolean> {
    const result = await this.repo.delete({ ...tenant(scope), id });
    return (result.affected ?? 0) > 0;
  }
}
