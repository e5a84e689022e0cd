import { Inject, Injectable, Logger } from '@nestjs/common';
import type { SnapshotPublisher } from '@tollgate/snapshot-publisher';
import { SNAPSHOT_PUBLISHER } from '../connections/snapshot-publisher.provider';
import { STAGE_PUBLICATION_SOURCE } from '../stage-publication/stage-publication.source';
import type { StagePublicationSource } from '../stage-publication/stage-publication.source';

export interface RepublishSummary {
  checked: number;
  republished: number;
  failed: number;
}

/** Rebuilds Redis from the source: every stage whose record or snapshot Redis lacks is published again. */
@Injectable()
export class StageRepublishService {
  private readonly logger = new Logger(StageRepublishService.name);

  constructor(
    @Inject(STAGE_PUBLICATION_SOURCE) private readonly source: StagePublicationSource,
    @Inject(SNAPSHOT_PUBLISHER) private readonly publisher: SnapshotPublisher,
  ) {}

  async republishMissing(): Promise<RepublishSummary> {
    const summary: RepublishSummary = { checked: 0, republished: 0, failed: 0 };
    for (const stage of await this.source.list()) {
      summary.checked++;
      try {
        if (await this.publisher.isStagePublished(stage)) continue;
        const publication = await this.source.load(stage);
        if (!publication) continue; // deleted since it was listed
        await this.publisher.publishStage(publication);
        summary.republished++;
      } catch (error) {
        // One broken stage must not keep the others (or the worker) down.
        summary.failed++;
        this.logger.error(`republish ${stage.restApiId}/${stage.stageName}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    this.logger.log(`republish on start: ${summary.checked} stage(s) checked, ${summary.republished} republished, ${summary.failed} failed`);
    return summary;
  }
}
