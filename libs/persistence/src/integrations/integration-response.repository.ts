import type { DataSource, Repository } from 'typeorm';
import { modifyLocked } from '../modify-locked';
import type { MethodKey } from '../methods/method-key';
import { tenantColumns as tenant } from '../tenant-columns';
import type { TenantScope } from '../tenant-scope';
import { IntegrationResponseEntity } from './integration-response.entity';

export type IntegrationResponseValues = Pick<IntegrationResponseEntity, 'selectionPattern' | 'responseParameters' | 'responseTemplates' | 'contentHandling'>;

/** Integration responses, keyed by method and status code; scoped by account and region. */
export class IntegrationResponseRepository {
  private readonly repo: Repository<IntegrationResponseEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.repo = dataSource.getRepository(IntegrationResponseEntity);
  }

  find(scope: TenantScope, key: MethodKey, statusCode: string): Promise<IntegrationResponseEntity | null> {
    return this.repo.findOneBy({ ...tenant(scope), ...key, statusCode });
  }

  /** PutIntegrationResponse creates or replaces. */
  async upsert(scope: TenantScope, key: MethodKey, statusCode: string, values: IntegrationResponseValues): Promise<IntegrationResponseEntity> {
    await this.repo.upsert({ ...values, ...tenant(scope), ...key, statusCode }, ['resourceId', 'httpMethod', 'statusCode']);
    return this.repo.findOneByOrFail({ ...tenant(scope), ...key, statusCode });
  }

  /** UpdateIntegrationResponse: `change` edits the locked row; null when it does not exist. */
  modify(scope: TenantScope, key: MethodKey, statusCode: string, change: (row: IntegrationResponseEntity) => Promise<void> | void): Promise<IntegrationResponseEntity | null> {
    return modifyLocked(this.dataSource, IntegrationResponseEntity, { ...tenant(scope), ...key, statusCode }, change);
  }

  async delete(scope: TenantScope, key: MethodKey, statusCode: string): Promise<boolean> {
    const result = await this.repo.delete({ ...tenant(scope), ...key, statusCode });
    return (result.affected ?? 0) > 0;
  }

  listByMethod(scope: TenantScope, key: MethodKey): Promise<IntegrationResponseEntity[]> {
    return this.repo.find({ where: { ...tenant(scope), ...key }, order: { statusCode: 'ASC' } });
  }

  listByRestApi(scope: TenantScope, restApiId: string): Promise<IntegrationResponseEntity[]> {
    return this.repo.find({ where: { ...tenant(scope), restApiId }, order: { resourceId: 'ASC', httpMethod: 'ASC', statusCode: 'ASC' } });
  }
}
