import type { DataSource, Repository } from 'typeorm';
import { modifyLocked } from '../modify-locked';
import type { MethodKey } from '../methods/method-key';
import { tenantColumns as tenant } from '../tenant-columns';
import type { TenantScope } from '../tenant-scope';
import { IntegrationEntity } from './integration.entity';

export type IntegrationValues = Omit<IntegrationEntity, 'accountId' | 'region' | 'restApiId' | 'resourceId' | 'httpMethod'>;

/** Method integrations; scoped by account and region. */
export class IntegrationRepository {
  private readonly repo: Repository<IntegrationEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.repo = dataSource.getRepository(IntegrationEntity);
  }

  find(scope: TenantScope, key: MethodKey): Promise<IntegrationEntity | null> {
    return this.repo.findOneBy({ ...tenant(scope), ...key });
  }

  /** PutIntegration replaces the integration's settings; its integration responses are kept. */
  async upsert(scope: TenantScope, key: MethodKey, values: IntegrationValues): Promise<IntegrationEntity> {
    await this.repo.upsert({ ...values, ...tenant(scope), ...key }, ['resourceId', 'httpMethod']);
    return this.repo.findOneByOrFail({ ...tenant(scope), ...key });
  }

  /** UpdateIntegration: `change` edits the locked row; null when it does not exist. */
  modify(scope: TenantScope, key: MethodKey, change: (row: IntegrationEntity) => Promise<void> | void): Promise<IntegrationEntity | null> {
    return modifyLocked(this.dataSource, IntegrationEntity, { ...tenant(scope), ...key }, change);
  }

  /** Removes the integration and its integration responses (FK cascade). */
  async delete(scope: TenantScope, key: MethodKey): Promise<boolean> {
    const result = await this.repo.delete({ ...tenant(scope), ...key });
    return (result.affected ?? 0) > 0;
  }

  listByRestApi(scope: TenantScope, restApiId: string): Promise<IntegrationEntity[]> {
    return this.repo.find({ where: { ...tenant(scope), restApiId }, order: { resourceId: 'ASC', httpMethod: 'ASC' } });
  }
}
