import type { DataSource, Repository } from 'typeorm';
import { newId } from '../ids';
import { keysetPage } from '../keyset-page';
import type { Page, PageRequest } from '../page';
import { tenantColumns as tenant } from '../tenant-columns';
import type { TenantScope } from '../tenant-scope';
import { AuthorizerEntity } from './authorizer.entity';

export type AuthorizerValues = Omit<AuthorizerEntity, 'id' | 'accountId' | 'region' | 'restApiId' | 'createdDate'>;

/** Authorizers of an account's REST APIs; every call is scoped by account and region. */
export class AuthorizerRepository {
  private readonly repo: Repository<AuthorizerEntity>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(AuthorizerEntity);
  }

  async create(scope: TenantScope, restApiId: string, values: AuthorizerValues): Promise<AuthorizerEntity> {
    const id = newId();
    await this.repo.insert({ ...values, ...tenant(scope), restApiId, id });
    return this.repo.findOneByOrFail({ id });
  }

  find(scope: TenantScope, restApiId: string, id: string): Promise<AuthorizerEntity | null> {
    return this.repo.findOneBy({ ...tenant(scope), restApiId, id });
  }

  listAll(scope: TenantScope, restApiId: string): Promise<AuthorizerEntity[]> {
    return this.repo.find({ where: { ...tenant(scope), restApiId }, order: { createdDate: 'ASC', id: 'ASC' } });
  }

  list(scope: TenantScope, restApiId: string, page: PageRequest): Promise<Page<AuthorizerEntity>> {
    const query = this.repo
      .createQueryBuilder('a')
      .where('a.account_id = :accountId AND a.region = :region AND a.rest_api_id = :restApiId', { ...tenant(scope), restApiId });
    return keysetPage(query, page);
  }

  /** Replaces the stored values (the service validated the patched whole). */
  async update(scope: TenantScope, restApiId: string, id: string, values: AuthorizerValues): Promise<boolean> {
    const result = await this.repo.update({ ...tenant(scope), restApiId, id }, values);
    return (result.affected ?? 0) > 0;
  }

  async delete(scope: TenantScope, restApiId: string, id: string): Promise<boolean> {
    const result = await this.repo.delete({ ...tenant(scope), restApiId, id });
    return (result.affected ?? 0) > 0;
  }
}
