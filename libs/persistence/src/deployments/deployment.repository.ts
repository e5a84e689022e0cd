import type { StageCanarySettings } from '@tollgate/model';
import { type DataSource, type EntityManager, type Repository } from 'typeorm';
import { keysetPage } from '../keyset-page';
import type { Page, PageRequest } from '../page';
import { StageEntity } from '../stages/stage.entity';
import { tenantColumns as tenant } from '../tenant-columns';
import type { TenantScope } from '../tenant-scope';
import { DeploymentEntity } from './deployment.entity';

export type DeploymentValues = Pick<DeploymentEntity, 'id' | 'restApiId' | 'description' | 'snapshot' | 'snapshotHash' | 'createdDate'>;
/** A deployment as listed: everything but the (large) snapshot. */
export type DeploymentSummary = Omit<DeploymentEntity, 'snapshot'>;

/** What CreateDeployment's `stageName` and friends do to the stage, in the deployment's transaction. */
export interface StageDeploymentChange {
  stageName: string;
  description?: string;
  variables?: Record<string, string>;
  cacheClusterEnabled?: boolean;
  cacheClusterSize?: string;
  tracingEnabled?: boolean;
  /** Deploy as the stage's canary instead of moving the stage (the stage must exist). */
  canary?: Omit<StageCanarySettings, 'deploymentId'>;
}

/** What DeleteDeployment did: AWS refuses while a stage or canary still uses the deployment. */
export type DeploymentDeletion = 'deleted' | 'not-found' | 'in-use';

export class StageRequiredError extends Error {
  constructor(readonly stageName: string) {
    super(`Stage ${stageName} does not exist`);
  }
}

/** Deployments of an account's REST APIs; scoped by account and region. */
export class DeploymentRepository {
  private readonly repo: Repository<DeploymentEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.repo = dataSource.getRepository(DeploymentEntity);
  }

  find(scope: TenantScope, restApiId: string, id: string): Promise<DeploymentEntity | null> {
    return this.repo.findOneBy({ ...tenant(scope), restApiId, id });
  }

  exists(scope: TenantScope, restApiId: string, id: string): Promise<boolean> {
    return this.repo.existsBy({ ...tenant(scope), restApiId, id });
  }

  /** Oldest first, keyset-paged over (createdDate, id). */
  list(scope: TenantScope, restApiId: string, page: PageRequest): Promise<Page<DeploymentSummary>> {
    const query = this.repo
      .createQueryBuilder('d')
      .select(['d.id', 'd.accountId', 'd.region', 'd.restApiId', 'd.description', 'd.snapshotHash', 'd.createdDate'])
      .where('d.account_id = :accountId AND d.region = :region AND d.rest_api_id = :restApiId', { ...tenant(scope), restApiId });
    return keysetPage(query, page);
  }

  /**
   * Stores the deployment and, when asked, creates or moves the stage in one transaction.
   * Returns the stage as written (undefined without a stage change).
   * @throws StageRequiredError for a canary deployment to a stage that does not exist
   */
  create(scope: TenantScope, values: DeploymentValues, stage?: StageDeploymentChange): Promise<StageEntity | undefined> {
    return this.dataSource.transaction(async (manager) => {
      await manager.save(manager.create(DeploymentEntity, { ...values, ...tenant(scope) }));
      return stage ? applyStageChange(manager, scope, values, stage) : undefined;
    });
  }

  /** UpdateDeployment (only the description is mutable; the snapshot never changes). */
  async updateDescription(scope: TenantScope, restApiId: string, id: string, description: string | null): Promise<boolean> {
    const result = await this.repo.update({ ...tenant(scope), restApiId, id }, { description });
    return (result.affected ?? 0) > 0;
  }

  /**
   * DeleteDeployment, refused while a stage (or a stage's canary) points to it. The stage rows are locked
   * so a concurrent UpdateStage cannot move onto the deployment between the check and the delete.
   */
  deleteUnused(scope: TenantScope, restApiId: string, id: string): Promise<DeploymentDeletion> {
    return this.dataSource.transaction(async (manager) => {
      // Rows, not COUNT: Postgres refuses FOR UPDATE with aggregates.
      const users = await manager
        .getRepository(StageEntity)
        .createQueryBuilder('s')
        .select(['s.restApiId', 's.stageName'])
        .setLock('pessimistic_write')
        .where('s.account_id = :accountId AND s.region = :region AND s.rest_api_id = :restApiId', { ...tenant(scope), restApiId })
        .andWhere("(s.deployment_id = :id OR s.canary_settings ->> 'deploymentId' = :id)", { id })
        .getMany();
      if (users.length > 0) return 'in-use';
      const result = await manager.getRepository(DeploymentEntity).delete({ ...tenant(scope), restApiId, id });
      return (result.affected ?? 0) > 0 ? 'deleted' : 'not-found';
    });
  }
}

async function applyStageChange(manager: EntityManager, scope: TenantScope, deployment: DeploymentValues, change: StageDeploymentChange): Promise<StageEntity> {
  const stages = manager.getRepository(StageEntity);
  const key = { ...tenant(scope), restApiId: deployment.restApiId, stageName: change.stageName };
  const existing = await stages.findOne({ where: key, lock: { mode: 'pessimistic_write' } });
  const now = deployment.createdDate;
  if (!existing) {
    if (change.canary) throw new StageRequiredError(change.stageName);
    const created = stages.create({
      ...key,
      deploymentId: deployment.id,
      description: change.description ?? null,
      variables: change.variables ?? {},
      methodSettings: {},
      cacheClusterEnabled: change.cacheClusterEnabled ?? false,
      cacheClusterSize: change.cacheClusterSize ?? null,
      tracingEnabled: change.tracingEnabled ?? false,
      canarySettings: null,
      accessLogSettings: null,
      clientCertificateId: null,
      documentationVersion: null,
      tags: {},
      createdDate: now,
      lastUpdatedDate: now,
    });
    return stages.save(created);
  }
  if (change.canary) {
    existing.canarySettings = { ...change.canary, deploymentId: deployment.id };
  } else {
    existing.deploymentId = deployment.id;
    if (change.variables) existing.variables = change.variables;
  }
  if (change.description !== undefined) existing.description = change.description;
  if (change.cacheClusterEnabled !== undefined) existing.cacheClusterEnabled = change.cacheClusterEnabled;
  if (change.cacheClusterSize !== undefined) existing.cacheClusterSize = change.cacheClusterSize;
  if (change.tracingEnabled !== undefined) existing.tracingEnabled = change.tracingEnabled;
  existing.lastUpdatedDate = now;
  return stages.save(existing);
}
