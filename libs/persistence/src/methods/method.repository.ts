import { In, type DataSource, type Repository } from 'typeorm';
import { modifyLocked } from '../modify-locked';
import { tenantColumns as tenant } from '../tenant-columns';
import type { TenantScope } from '../tenant-scope';
import type { MethodKey } from './method-key';
import { MethodEntity } from './method.entity';

export type MethodValues = Omit<MethodEntity, 'accountId' | 'region' | 'restApiId' | 'resourceId' | 'httpMethod'>;

/** Methods of an account's resources; every call is scoped by account and region. */
export class MethodRepository {
  private readonly repo: Repository<MethodEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.repo = dataSource.getRepository(MethodEntity);
  }

  find(scope: TenantScope, key: MethodKey): Promise<MethodEntity | null> {
    return this.repo.findOneBy({ ...tenant(scope), ...key });
  }

  /** Inserts unless the method exists; false means it already did (PutMethod is create-only). */
  async insert(scope: TenantScope, key: MethodKey, values: MethodValues): Promise<boolean> {
    const result = await this.repo
      .createQueryBuilder()
      .insert()
      .values({ ...values, ...tenant(scope), ...key })
      .orIgnore()
      .returning('resource_id')
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  /** UpdateMethod: `change` edits the locked row; null when the method does not exist. */
  modify(scope: TenantScope, key: MethodKey, change: (method: MethodEntity) => Promise<void> | void): Promise<MethodEntity | null> {
    return modifyLocked(this.dataSource, MethodEntity, { ...tenant(scope), ...key }, change);
  }

  /** Removes the method with its responses, integration and integration responses (FK cascade). */
  async delete(scope: TenantScope, key: MethodKey): Promise<boolean> {
    const result = await this.repo.delete({ ...tenant(scope), ...key });
    return (result.affected ?? 0) > 0;
  }

  listByResources(scope: TenantScope, restApiId: string, resourceIds: string[]): Promise<MethodEntity[]> {
    if (resourceIds.length === 0) return Promise.resolve([]);
    return this.repo.find({ where: { ...tenant(scope), restApiId, resourceId: In(resourceIds) }, order: { resourceId: 'ASC', httpMethod: 'ASC' } });
  }

  listByRestApi(scope: TenantScope, restApiId: string): Promise<MethodEntity[]> {
    return this.repo.find({ where: { ...tenant(scope), restApiId }, order: { resourceId: 'ASC', httpMethod: 'ASC' } });
  }
}
