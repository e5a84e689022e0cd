import type { DataSource, Repository } from 'typeorm';
import { modifyLocked } from '../modify-locked';
import { tenantColumns as tenant } from '../tenant-columns';
import type { TenantScope } from '../tenant-scope';
import { StageEntity } from './stage.entity';

export type StageValues = Omit<StageEntity, 'accountId' | 'region'>;

/** Stages of an account's REST APIs; scoped by account and region. */
export class StageRepository {
  private readonly repo: Repository<StageEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.repo = dataSource.getRepository(StageEntity);
  }

  find(scope: TenantScope, restApiId: string, stageName: string): Promise<StageEntity | null> {
    return this.repo.findOneBy({ ...tenant(scope), restApiId, stageName });
  }

  /** Inserts unless the stage exists; false means it already did. */
  async insert(scope: TenantScope, values: StageValues): Promise<boolean> {
    const result = await this.repo
      .createQueryBuilder()
      .insert()
      .values({ ...values, ...tenant(scope) })
      .orIgnore()
      .returning('stage_name')
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  /** UpdateStage: `change` edits the locked row; null when the stage does not exist. */
  modify(scope: TenantScope, restApiId: string, stageName: string, change: (stage: StageEntity) => Promise<void> | void): Promise<StageEntity | null> {
    return modifyLocked(this.dataSource, StageEntity, { ...tenant(scope), restApiId, stageName }, change);
  }

  async delete(scope: TenantScope, restApiId: string, stageName: string): Promise<boolean> {
    const result = await this.repo.delete({ ...tenant(scope), restApiId, stageName });
    return (result.affected ?? 0) > 0;
  }

  list(scope: TenantScope, restApiId: string): Promise<StageEntity[]> {
    return this.repo.find({ where: { ...tenant(scope), restApiId }, order: { stageName: 'ASC' } });
  }
}
