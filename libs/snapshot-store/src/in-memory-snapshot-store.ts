import type { Snapshot, StageRecord } from '@tollgate/model';
import { canaryDeploymentId, servedStage } from './canary-stage';
import { prepareSnapshot } from './prepare-snapshot';
import { noCompile, type ServedStage, type SnapshotCompileHook, type SnapshotReader } from './served-stage';
import { stageKey } from './stage-key';

/**
 * Test fake and embedded store: stages put directly, validated and compiled like RedisSnapshotStore
 * except for the content hash (builders leave it as a placeholder).
 */
export class InMemorySnapshotStore<TCompiled = undefined> implements SnapshotReader<TCompiled> {
  private readonly stages = new Map<string, ServedStage<TCompiled>>();

  constructor(private readonly compile: SnapshotCompileHook<TCompiled> = noCompile<TCompiled>()) {}

  /**
   * Serves `snapshot` on the stage the record names (and `canarySnapshot` as its canary when the record's
   * canarySettings name it); throws SnapshotRejectedError if it is unusable.
   */
  put(stageRecord: StageRecord, snapshot: Snapshot, canarySnapshot?: Snapshot): ServedStage<TCompiled> {
    if (stageRecord.deploymentId !== snapshot.deploymentId) {
      throw new Error(`stage record points at ${stageRecord.deploymentId}, snapshot is ${snapshot.deploymentId}`);
    }
    const canaryId = canaryDeploymentId(stageRecord);
    if (canarySnapshot && canarySnapshot.deploymentId !== canaryId) {
      throw new Error(`stage record's canary is ${String(canaryId)}, canary snapshot is ${canarySnapshot.deploymentId}`);
    }
    const prepared = prepareSnapshot(snapshot, snapshot.deploymentId, this.compile, false);
    const canary = canarySnapshot ? prepareSnapshot(canarySnapshot, canarySnapshot.deploymentId, this.compile, false) : undefined;
    const served = servedStage(stageRecord, prepared, canary);
    this.stages.set(stageKey(stageRecord.restApiId, stageRecord.stageName), served);
    return served;
  }

  delete(restApiId: string, stageName: string): void {
    this.stages.delete(stageKey(restApiId, stageName));
  }

  getStage(restApiId: string, stageName: string): ServedStage<TCompiled> | undefined {
    return this.stages.get(stageKey(restApiId, stageName));
  }

  resolve(restApiId: string, stageName: string): Promise<ServedStage<TCompiled> | undefined> {
    return Promise.resolve(this.getStage(restApiId, stageName));
  }
}
