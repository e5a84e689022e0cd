import { Injectable } from '@nestjs/common';
import { PermanentJobError } from '../queue/permanent-job.error';
import type { QueueJob } from '../queue/queue-driver';
import { ReconcileService } from './reconcile.service';

/** reconcile queue: the repeating `reconcile-redis` job (no payload). */
@Injectable()
export class ReconcileProcessor {
  constructor(private readonly reconciler: ReconcileService) {}

  async process(job: QueueJob): Promise<void> {
    if (job.name !== 'reconcile-redis') throw new PermanentJobError(`reconcile: unknown job name "${job.name}"`);
    await this.reconciler.reconcile();
  }
}
