import type { DataSource, Repository } from 'typeorm';
import { newId } from '../ids';
import type { Page, PageRequest } from '../page';
import { tenantColumns as tenant } from '../tenant-columns';
import type { TenantScope } from '../tenant-scope';
import { TenantTable } from '../tenant-table';
import { ClientCertificateEntity } from './client-certificate.entity';

export type ClientCertificateValues = Omit<ClientCertificateEntity, 'id' | 'accountId' | 'region'>;

/** Client certificates of one account and region. */
export class ClientCertificateRepository {
  private readonly repo: Repository<ClientCertificateEntity>;
  private readonly table: TenantTable<ClientCertificateEntity>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(ClientCertificateEntity);
    this.table = new TenantTable(this.repo, 'c');
  }

  async insert(scope: TenantScope, values: ClientCertificateValues): Promise<ClientCertificateEntity> {
    const entity = { ...values, ...tenant(scope), id: newId() };
    await this.repo.insert(entity);
    return entity;
  }

  find(scope: TenantScope, id: string): Promise<ClientCertificateEntity | null> {
    return this.table.find(scope, id);
  }

  list(scope: TenantScope, page: PageRequest): Promise<Page<ClientCertificateEntity>> {
    return this.table.list(scope, page);
  }

  update(scope: TenantScope, id: string, values: Partial<Pick<ClientCertificateEntity, 'description'>>): Promise<boolean> {
    return this.table.update(scope, id, values);
  }

  delete(scope: TenantScope, id: string): Promise<boolean> {
    return this.table.delete(scope, id);
  }
}
