import { Injectable } from '@nestjs/common';
import { PermanentJobError } from '../queue/permanent-job.error';
import type { QueueJob } from '../queue/queue-driver';
import { MAX_FLUSH_DAYS, UsageFlushService } from './usage-flush.service';

/** usage-flush queue: `flush-usage` jobs, scheduled repeatedly and once (catch-up) at start. */
@Injectable()
export class UsageFlushProcessor {
  constructor(private readonly usage: UsageFlushService) {}

  async process(job: QueueJob): Promise<void> {
    if (job.name !== 'flush-usage') throw new PermanentJobError(`usage-flush: unknown job name "${job.name}"`);
    const days = (job.data as { days?: unknown } | null)?.days;
    if (days !== undefined && (!Number.isInteger(days) || (days as number) < 1 || (days as number) > MAX_FLUSH_DAYS)) {
      throw new PermanentJobError(`flush-usage: days must be an integer from 1 to ${MAX_FLUSH_DAYS}`);
    }
    await this.usage.flush(days as number | undefined);
  }
}
