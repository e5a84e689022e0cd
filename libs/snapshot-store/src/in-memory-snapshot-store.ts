import type { Snapshot, StageRecord } from '@tollgate/model';
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

  /** Serves `snapshot` on the stage the record names; throws SnapshotRejectedError if it is unusable. */
  put(stageRecord: StageRecord, snapshot: Snapshot): ServedStage<TCompiled> {
    if (stageRecord.deploymentId !== snapshot.deploymentId) {
      throw new Error(`stage record points at ${stageRecord.deploymentId}, snapshot is ${snapshot.deploymentId}`);
    }
    const prepared = prepareSnapshot(snapshot, snapshot.deploymentId, this.compile, false);
    const served: ServedStage<TCompiled> = Object.freeze({ stageRecord, ...prepared });
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
