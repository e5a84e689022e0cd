import type { DataSource, Repository } from 'typeorm';
import { modifyLocked } from '../modify-locked';
import { tenantColumns as tenant } from '../tenant-columns';
import type { TenantScope } from '../tenant-scope';
import type { MethodKey } from './method-key';
import { MethodResponseEntity } from './method-response.entity';

export type MethodResponseValues = Pick<MethodResponseEntity, 'responseParameters' | 'responseModels'>;

/** Method responses, keyed by method and status code; scoped by account and region. */
export class MethodResponseRepository {
  private readonly repo: Repository<MethodResponseEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.repo = dataSource.getRepository(MethodResponseEntity);
  }

  find(scope: TenantScope, key: MethodKey, statusCode: string): Promise<MethodResponseEntity | null> {
    return this.repo.findOneBy({ ...tenant(scope), ...key, statusCode });
  }

  /** Inserts unless a response with this status exists; false means it already did. */
  async insert(scope: TenantScope, key: MethodKey, statusCode: string, values: MethodResponseValues): Promise<boolean> {
    const result = await this.repo
      .createQueryBuilder()
      .insert()
      .values({ ...values, ...tenant(scope), ...key, statusCode })
      .orIgnore()
      .returning('status_code')
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  /** UpdateMethodResponse: `change` edits the locked row; null when the response does not exist. */
  modify(scope: TenantScope, key: MethodKey, statusCode: string, change: (response: MethodResponseEntity) => Promise<void> | void): Promise<MethodResponseEntity | null> {
    return modifyLocked(this.dataSource, MethodResponseEntity, { ...tenant(scope), ...key, statusCode }, change);
  }

  async delete(scope: TenantScope, key: MethodKey, statusCode: string): Promise<boolean> {
    const result = await this.repo.delete({ ...tenant(scope), ...key, statusCode });
    return (result.affected ?? 0) > 0;
  }

  listByMethod(scope: TenantScope, key: MethodKey): Promise<MethodResponseEntity[]> {
    return this.repo.find({ where: { ...tenant(scope), ...key }, order: { statusCode: 'ASC' } });
  }

  listByRestApi(scope: TenantScope, restApiId: string): Promise<MethodResponseEntity[]> {
    return this.repo.find({ where: { ...tenant(scope), restApiId }, order: { resourceId: 'ASC', httpMethod: 'ASC', statusCode: 'ASC' } });
  }
}
