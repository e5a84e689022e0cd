import type { StageRecord } from '@tollgate/model';
import type { PreparedSnapshot } from './prepare-snapshot';
import type { ServedStage } from './served-stage';

/** The canary deployment a stage record asks for, or undefined (none, no traffic, or the main one). */
export function canaryDeploymentId(record: StageRecord): string | undefined {
  const canary = record.canarySettings;
  if (!canary || typeof canary.deploymentId !== 'string' || canary.deploymentId === '') return undefined;
  if (!(Number(canary.percentTraffic) > 0)) return undefined;
  return canary.deploymentId;
}

/**
 * The frozen ServedStage for a record, with its canary (if any) built once here rather than per
 * request: variables merged with stageVariableOverrides (AWS-BEHAVIOUR.md §0).
 */
export function servedStage<TCompiled>(
  record: StageRecord, main: PreparedSnapshot<TCompiled>, canary: PreparedSnapshot<TCompiled> | undefined,
): ServedStage<TCompiled> {
  if (!canary) return Object.freeze({ stageRecord: record, ...main });
  const canaryRecord: StageRecord = Object.freeze({
    ...record,
    deploymentId: canary.snapshot.deploymentId,
    variables: Object.freeze({ ...record.variables, ...(record.canarySettings?.stageVariableOverrides ?? {}) }),
  });
  return Object.freeze({ stageRecord: record, ...main, canary: Object.freeze({ stageRecord: canaryRecord, ...canary }) });
}
