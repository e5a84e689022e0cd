import { buildSnapshot, buildStageRecord, testId } from '@tollgate/testing';
import type { StagePublication } from '@tollgate/snapshot-publisher';

/** A consistent snapshot + stage record pair for one stage of a fresh account. */
export function buildStagePublication(overrides: { accountId?: string; stageName?: string; updatedAt?: number } = {}): StagePublication {
  const snapshot = buildSnapshot({ accountId: overrides.accountId ?? `9${Date.now().toString().slice(-11)}`, restApiId: testId('a') });
  const stageRecord = buildStageRecord({ stageName: overrides.stageName ?? 'prod', updatedAt: overrides.updatedAt ?? Date.now() }, snapshot);
  return { snapshot, stageRecord };
}

export function stageIdentityOf({ stageRecord }: StagePublication): { accountId: string; restApiId: string; stageName: string } {
  return { accountId: stageRecord.accountId, restApiId: stageRecord.restApiId, stageName: stageRecord.stageName };
}
