import type { DataSource, Repository } from 'typeorm';
import { newId } from '../ids';
import { keysetPage } from '../keyset-page';
import type { Page, PageRequest } from '../page';
import { tenantColumns as tenant } from '../tenant-columns';
import type { TenantScope } from '../tenant-scope';
import { RequestValidatorEntity } from './request-validator.entity';

export type RequestValidatorValues = Pick<RequestValidatorEntity, 'name' | 'validateRequestBody' | 'validateRequestParameters'>;

/** Request validators of an account's REST APIs; every call is scoped by account and region. */
export class RequestValidatorRepository {
  private readonly repo: Repository<RequestValidatorEntity>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(RequestValidatorEntity);
  }

  async create(scope: TenantScope, restApiId: string, values: RequestValidatorValues): Promise<RequestValidatorEntity> {
    const id = newId();
    await this.repo.insert({ ...values, ...tenant(scope), restApiId, id });
    return this.repo.findOneByOrFail({ id });
  }

  find(scope: TenantScope, restApiId: string, id: string): Promise<RequestValidatorEntity | null> {
    return this.repo.findOneBy({ ...tenant(scope), restApiId, id });
  }

  listAll(scope: TenantScope, restApiId: string): Promise<RequestValidatorEntity[]> {
    return this.repo.find({ where: { ...tenant(scope), restApiId }, order: { createdDate: 'ASC', id: 'ASC' } });
  }

  list(scope: TenantScope, restApiId: string, page: PageRequest): Promise<Page<RequestValidatorEntity>> {
    const query = this.repo
      .createQueryBuilder('v')
      .where('v.account_id = :accountId AND v.region = :region AND v.rest_api_id = :restApiId', { ...tenant(scope), restApiId });
    return keysetPage(query, page);
  }

  async update(scope: TenantScope, restApiId: string, id: string, changes: Partial<RequestValidatorValues>): Promise<boolean> {
    if (Object.keys(changes).length === 0) return this.repo.existsBy({ ...tenant(scope), restApiId, id });
    const result = await this.repo.update({ ...tenant(scope), restApiId, id }, changes);
    return (result.affected ?? 0) > 0;
  }

  async delete(scope: TenantScope, restApiId: string, id: string): Promise<boolean> {
    const result = await this.repo.delete({ ...tenant(scope), restApiId, id });
    return (result.affected ?? 0) > 0;
  }
}
