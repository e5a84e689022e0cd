import { Logger } from '@nestjs/common';
import { UnrecoverableError, Worker } from 'bullmq';
import type { QueueName } from '@tollgate/jobs';
import { PermanentJobError } from './permanent-job.error';
import type { JobHandler, QueueDriver } from './queue-driver';

export interface BullQueueDriverOptions {
  redisUrl: string;
  /** BullMQ key prefix; must match the producer's. */
  prefix: string;
  concurrency: number;
}

/** Consumes BullMQ queues. Retries and backoff come from the job options the producer set. */
export class BullQueueDriver implements QueueDriver {
  private readonly logger = new Logger(BullQueueDriver.name);
  private readonly workers: Worker[] = [];

  constructor(private readonly options: BullQueueDriverOptions) {}

  work(queue: QueueName, handler: JobHandler): void {
    const worker = new Worker(queue, async (job) => {
      try {
        await handler({ id: job.id, name: job.name, data: job.data as unknown, attemptsMade: job.attemptsMade });
      } catch (error) {
        // BullMQ skips the remaining attempts only for its own UnrecoverableError.
        if (error instanceof PermanentJobError) throw new UnrecoverableError(error.message);
        throw error;
      }
    }, {
      // Blocking worker connections must not give up on a request (BullMQ requirement).
      connection: { url: this.options.redisUrl, maxRetriesPerRequest: null },
      prefix: this.options.prefix,
      concurrency: this.options.concurrency,
    });
    // Payloads are ids only, so they are safe and useful to log.
    worker.on('completed', (job) => this.logger.log(`${queue} ${job.name} ${job.id ?? ''} done ${JSON.stringify(job.data)}`));
    worker.on('failed', (job, error) => {
      const attempts = job ? `attempt ${job.attemptsMade}/${job.opts.attempts ?? 1}` : 'unknown job';
      this.logger.warn(`${queue} ${job?.name ?? ''} ${job?.id ?? ''} failed (${attempts}): ${error.message}`);
    });
    // Connection errors are retried by ioredis; without a listener they would crash the process.
    worker.on('error', (error) => this.logger.error(`${queue}: ${error.message}`));
    this.workers.push(worker);
  }

  async close(): Promise<void> {
    // close() lets running jobs finish before it resolves.
    await Promise.all(this.workers.splice(0).map((worker) => worker.close()));
  }
}
