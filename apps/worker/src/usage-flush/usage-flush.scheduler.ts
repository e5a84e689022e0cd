import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { USAGE_FLUSH_QUEUE } from '@tollgate/jobs';
import { Queue } from 'bullmq';
import { QUEUE_DRIVER } from '../queue/queue-driver';
import type { QueueDriver } from '../queue/queue-driver';
import { WORKER_OPTIONS } from '../worker-options';
import type { StartWorkerOptions } from '../worker-options';
import { MAX_FLUSH_DAYS } from './usage-flush.service';

export const DEFAULT_USAGE_FLUSH_EVERY_MS = 60_000;

/**
 * Schedules `flush-usage` every `usageFlushEveryMs` (one schedule shared by all workers; 0 = off) and,
 * on BullMQ, enqueues one catch-up flush of every day Redis may still hold when a worker starts: it also
 * completes whatever a worker killed mid-flush left half-written (absolute values, so nothing is counted twice).
 */
@Injectable()
export class UsageFlushScheduler implements OnApplicationShutdown {
  private queue: Queue | undefined;

  constructor(
    @Inject(QUEUE_DRIVER) private readonly driver: QueueDriver,
    @Inject(WORKER_OPTIONS) private readonly options: StartWorkerOptions,
  ) {}

  async start(): Promise<void> {
    const every = this.options.usageFlushEveryMs ?? DEFAULT_USAGE_FLUSH_EVERY_MS;
    if (every > 0) await this.driver.schedule(USAGE_FLUSH_QUEUE, 'flush-usage', {}, every);
    if (this.options.queueDriver) return;
    this.queue = new Queue(USAGE_FLUSH_QUEUE, { prefix: this.options.queuePrefix, connection: { url: this.options.redisUrl } });
    await this.queue.add('flush-usage', { days: MAX_FLUSH_DAYS }, { removeOnComplete: true, removeOnFail: 100, attempts: 5, backoff: { type: 'exponential', delay: 1000 } });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue?.close();
  }
}
