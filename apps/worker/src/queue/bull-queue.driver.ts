import { Logger } from '@nestjs/common';
import { Queue, UnrecoverableError, Worker } from 'bullmq';
import type { JobName, JobsByName, QueueName } from '@tollgate/jobs';
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
  private readonly queues = new Map<QueueName, Queue>();

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
      connection: this.connection(),
      prefix: this.options.prefix,
      concurrency: this.options.concurrency,
    });
    // Payloads are ids only, so they are safe and useful to log; scheduled runs would only be noise.
    worker.on('completed', (job) => {
      if (!job.repeatJobKey) this.logger.log(`${queue} ${job.name} ${job.id ?? ''} done ${JSON.stringify(job.data)}`);
    });
    worker.on('failed', (job, error) => {
      const attempts = job ? `attempt ${job.attemptsMade}/${job.opts.attempts ?? 1}` : 'unknown job';
      this.logger.warn(`${queue} ${job?.name ?? ''} ${job?.id ?? ''} failed (${attempts}): ${error.message}`);
    });
    // Connection errors are retried by ioredis; without a listener they would crash the process.
    worker.on('error', (error) => this.logger.error(`${queue}: ${error.message}`));
    this.workers.push(worker);
  }

  async schedule<N extends JobName>(queue: QueueName, name: N, payload: JobsByName[N], everyMs: number): Promise<void> {
    await this.queue(queue).upsertJobScheduler(`every-${name}`, { every: everyMs }, {
      name, data: payload, opts: { removeOnComplete: true, removeOnFail: 100 },
    });
  }

  async close(): Promise<void> {
    // close() lets running jobs finish before it resolves.
    await Promise.all(this.workers.splice(0).map((worker) => worker.close()));
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.queues.clear();
  }

  private connection(): { url: string; maxRetriesPerRequest: null } {
    // Blocking worker connections must not give up on a request (BullMQ requirement).
    return { url: this.options.redisUrl, maxRetriesPerRequest: null };
  }

  private queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection(), prefix: this.options.prefix });
      this.queues.set(name, queue);
    }
    return queue;
  }
}
