import type { PublishStageResult, SnapshotPublisher, StagePublication, StageRef } from '@tollgate/snapshot-publisher';

/** Unit-test fake: remembers every call, holds "published" stages in a map, can be told to fail. */
export class RecordingSnapshotPublisher implements SnapshotPublisher {
  readonly calls: Array<['publishStage', StagePublication] | ['unpublishStage', StageRef]> = [];
  readonly published = new Map<string, StagePublication>();
  failWith: Error | undefined;

  async publishStage(publication: StagePublication): Promise<PublishStageResult> {
    this.calls.push(['publishStage', publication]);
    if (this.failWith) throw this.failWith;
    this.published.set(`${publication.stageRecord.restApiId}:${publication.stageRecord.stageName}`, publication);
    return { snapshotWritten: true, stageUpdated: true };
  }

  async unpublishStage(ref: StageRef): Promise<void> {
    this.calls.push(['unpublishStage', ref]);
    this.published.delete(`${ref.restApiId}:${ref.stageName}`);
  }

  async isStagePublished(ref: StageRef): Promise<boolean> {
    return this.published.has(`${ref.restApiId}:${ref.stageName}`);
  }
}
