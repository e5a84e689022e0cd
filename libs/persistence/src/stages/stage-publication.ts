import { STAGE_RECORD_SCHEMA_VERSION, type Snapshot, type StageRecord } from '@tollgate/model';
import type { DataSource } from 'typeorm';
import { DeploymentEntity } from '../deployments/deployment.entity';
import { StageEntity } from './stage.entity';

export interface StageRef {
  accountId: string;
  restApiId: string;
  stageName: string;
}

export interface StagePublication {
  snapshot: Snapshot;
  stageRecord: StageRecord;
  /** The canary deployment's snapshot when the stage has canary settings. */
  canarySnapshot?: Snapshot;
}

/** What the worker publishes for one stage: its deployment's snapshot and the stage record. null if gone. */
export async function loadStagePublication(dataSource: DataSource, ref: StageRef): Promise<StagePublication | null> {
  const stage = await dataSource.getRepository(StageEntity).findOneBy({ accountId: ref.accountId, restApiId: ref.restApiId, stageName: ref.stageName });
  if (!stage) return null;
  const deployments = dataSource.getRepository(DeploymentEntity);
  const deployment = await deployments.findOneBy({ accountId: ref.accountId, restApiId: ref.restApiId, id: stage.deploymentId });
  if (!deployment) return null;
  const canaryId = stage.canarySettings?.deploymentId;
  const canary = canaryId ? await deployments.findOneBy({ accountId: ref.accountId, restApiId: ref.restApiId, id: canaryId }) : null;
  return { snapshot: deployment.snapshot, stageRecord: toStageRecord(stage), ...(canary ? { canarySnapshot: canary.snapshot } : {}) };
}

/** Every stage of every account, for republish-on-start. */
export async function listStages(dataSource: DataSource): Promise<StageRef[]> {
  const rows = await dataSource.getRepository(StageEntity).find({
    select: { accountId: true, restApiId: true, stageName: true },
    order: { accountId: 'ASC', restApiId: 'ASC', stageName: 'ASC' },
  });
  return rows.map(({ accountId, restApiId, stageName }) => ({ accountId, restApiId, stageName }));
}

export function toStageRecord(stage: StageEntity): StageRecord {
  return {
    schemaVersion: STAGE_RECORD_SCHEMA_VERSION,
    accountId: stage.accountId,
    region: stage.region,
    restApiId: stage.restApiId,
    stageName: stage.stageName,
    deploymentId: stage.deploymentId,
    variables: stage.variables,
    methodSettings: stage.methodSettings,
    ...(stage.canarySettings ? { canarySettings: stage.canarySettings } : {}),
    cacheClusterEnabled: stage.cacheClusterEnabled,
    tracingEnabled: stage.tracingEnabled,
    ...(stage.accessLogSettings ? { accessLogSettings: stage.accessLogSettings } : {}),
    updatedAt: stage.lastUpdatedDate.getTime(),
  };
}
