import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { USAGE_FLUSH_QUEUE } from '@tollgate/jobs';
import { Queue } from 'bullmq';
import { WORKER_OPTIONS } from '../worker-options';
import type { StartWorkerOptions } from '../worker-options';
import { MAX_FLUSH_DAYS } from './usage-flush.service';

export const DEFAULT_USAGE_FLUSH_EVERY_MS = 60_000;
const SCHEDULER_ID = 'flush-usage-every';

/**
 * Keeps one BullMQ job scheduler for `flush-usage` (shared by all workers: upserting it is idempotent)
 * and enqueues one catch-up flush of every day Redis may still hold when a worker starts
 * (`usageFlushEveryMs: 0` turns the schedule off, not the catch-up).
 */
@Injectable()
export class UsageFlushScheduler implements OnApplicationShutdown {
  private queue: Queue | undefined;

  constructor(@Inject(WORKER_OPTIONS) private readonly options: StartWorkerOptions) {}

  async start(): Promise<void> {
    const every = this.options.usageFlushEveryMs ?? DEFAULT_USAGE_FLUSH_EVERY_MS;
    this.queue = new Queue(USAGE_FLUSH_QUEUE, { prefix: this.options.queuePrefix, connection: { url: this.options.redisUrl } });
    if (every > 0) {
      await this.queue.upsertJobScheduler(SCHEDULER_ID, { every }, { name: 'flush-usage', data: {}, opts: { removeOnComplete: true, removeOnFail: 100 } });
    }
    // Also finishes whatever a worker killed mid-flush left half-written (absolute values: no double count).
    await this.queue.add('flush-usage', { days: MAX_FLUSH_DAYS }, { removeOnComplete: true, removeOnFail: 100, attempts: 5, backoff: { type: 'exponential', delay: 1000 } });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue?.close();
  }
}
