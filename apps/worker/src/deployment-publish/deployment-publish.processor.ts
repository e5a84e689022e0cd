import { Inject, Injectable } from '@nestjs/common';
import type { PublishStagePayload } from '@tollgate/jobs';
import { SnapshotPublicationError } from '@tollgate/snapshot-publisher';
import type { SnapshotPublisher, StagePublication } from '@tollgate/snapshot-publisher';
import { PermanentJobError } from '../queue/permanent-job.error';
import type { QueueJob } from '../queue/queue-driver';
import { SNAPSHOT_PUBLISHER } from '../connections/snapshot-publisher.provider';
import { STAGE_PUBLICATION_SOURCE } from '../stage-publication/stage-publication.source';
import type { StagePublicationSource } from '../stage-publication/stage-publication.source';
import { parseStageJobPayload } from './stage-job.payload';

/**
 * deployment-publish queue. Jobs carry ids only and the current state is read from the source, so a
 * replayed or late job republishes what is true now.
 */
@Injectable()
export class DeploymentPublishProcessor {
  constructor(
    @Inject(STAGE_PUBLICATION_SOURCE) private readonly source: StagePublicationSource,
    @Inject(SNAPSHOT_PUBLISHER) private readonly publisher: SnapshotPublisher,
  ) {}

  async process(job: QueueJob): Promise<void> {
    switch (job.name) {
      case 'publish-stage':
        return this.publish(parseStageJobPayload(job.name, job.data));
      case 'unpublish-stage':
        return this.unpublish(parseStageJobPayload(job.name, job.data));
      default:
        throw new PermanentJobError(`deployment-publish: unknown job name "${job.name}"`);
    }
  }

  private async publish(stage: PublishStagePayload): Promise<void> {
    const publication = await this.source.load(stage);
    if (!publication) {
      throw new PermanentJobError(`publish-stage: stage ${stage.restApiId}/${stage.stageName} of account ${stage.accountId} does not exist`);
    }
    await this.publishOrFail(publication);
  }

  private async unpublish(stage: PublishStagePayload): Promise<void> {
    // A stage deleted and created again before this job ran must stay live.
    const recreated = await this.source.load(stage);
    if (recreated) return this.publishOrFail(recreated);
    await this.publisher.unpublishStage(stage);
  }

  private async publishOrFail(publication: StagePublication): Promise<void> {
    try {
      await this.publisher.publishStage(publication);
    } catch (error) {
      // Inconsistent stored data will not fix itself by retrying.
      if (error instanceof SnapshotPublicationError) throw new PermanentJobError(error.message);
      throw error;
    }
  }
}
