import type { Snapshot, StageRecord } from '@tollgate/model';

/** What one stage needs in Redis: the immutable snapshot it points at and its small mutable record. */
export interface StagePublication {
  snapshot: Snapshot;
  stageRecord: StageRecord;
  /** The canary deployment's snapshot, when the stage record has canary settings. */
  canarySnapshot?: Snapshot;
}

export interface StageRef {
  restApiId: string;
  stageName: string;
}

export interface PublishStageResult {
  /** false when the snapshot (and canary snapshot) were already stored: snapshots are never rewritten. */
  snapshotWritten: boolean;
  /** false when Redis already held a newer record for the stage (a late, stale job); nothing changed. */
  stageUpdated: boolean;
}

export interface SnapshotPublisher {
  publishStage(publication: StagePublication): Promise<PublishStageResult>;
  /** Deletes the stage record and notifies; the snapshot stays (other stages may share it). */
  unpublishStage(ref: StageRef): Promise<void>;
  /** True when the stage record and the snapshot(s) it points at are all in Redis. */
  isStagePublished(ref: StageRef): Promise<boolean>;
}
