import type { Snapshot, StageRecord } from '@tollgate/model';

/** What one stage needs in Redis: the immutable snapshot it points at and its small mutable record. */
export interface StagePublication {
  snapshot: Snapshot;
  stageRecord: StageRecord;
}

export interface StageRef {
  restApiId: string;
  stageName: string;
}

export interface PublishStageResult {
  /** false when the snapshot was already stored (snapshots are immutable, so it is never rewritten). */
  snapshotWritten: boolean;
  /** false when Redis already held a newer record for the stage (a late, stale job); nothing changed. */
  stageUpdated: boolean;
}

export interface SnapshotPublisher {
  publishStage(publication: StagePublication): Promise<PublishStageResult>;
  /** Deletes the stage record and notifies; the snapshot stays (other stages may share it). */
  unpublishStage(ref: StageRef): Promise<void>;
  /** True when the stage record and the snapshot it points at are both in Redis. */
  isStagePublished(ref: StageRef): Promise<boolean>;
}
