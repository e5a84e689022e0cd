import type { JobName, JobProducer, JobsByName, QueueName } from '@tollgate/jobs';
import type { JobHandler, QueueDriver } from './queue-driver';

interface PendingJob {
  queue: QueueName;
  id: string | undefined;
  name: string;
  data: unknown;
  done: { resolve(): void; reject(error: unknown): void };
}

/**
 * Runs jobs in the caller's process, once, with errors thrown back to whoever enqueued them.
 * It is both the producer and the consumer, so a test can hand it to the control plane as its
 * JobProducer and to the worker as its QueueDriver. Jobs enqueued before a handler exists wait for it.
 */
export class InlineQueueDriver implements QueueDriver, JobProducer {
  private readonly handlers = new Map<QueueName, JobHandler>();
  private readonly schedules = new Map<string, { queue: QueueName; name: JobName; payload: unknown }>();
  private pending: PendingJob[] = [];
  private closed = false;

  work(queue: QueueName, handler: JobHandler): void {
    this.handlers.set(queue, handler);
    const ready = this.pending.filter((job) => job.queue === queue);
    this.pending = this.pending.filter((job) => job.queue !== queue);
    for (const job of ready) void this.run(handler, job);
  }

  enqueue<N extends JobName>(queue: QueueName, name: N, payload: JobsByName[N], options: { jobId?: string } = {}): Promise<void> {
    if (this.closed) return Promise.reject(new Error('InlineQueueDriver is closed'));
    return new Promise<void>((resolve, reject) => {
      const job: PendingJob = { queue, id: options.jobId, name, data: payload, done: { resolve, reject } };
      const handler = this.handlers.get(queue);
      if (handler) void this.run(handler, job);
      else this.pending.push(job);
    });
  }

  /** Recorded only: tests fire scheduled jobs when they choose, with runScheduled(). */
  async schedule<N extends JobName>(queue: QueueName, name: N, payload: JobsByName[N], _everyMs: number): Promise<void> {
    this.schedules.set(name, { queue, name, payload });
  }

  /** Runs every scheduled job once, in scheduling order; rejects with the first error. */
  async runScheduled(): Promise<void> {
    for (const { queue, name, payload } of this.schedules.values()) {
      await this.enqueue(queue, name, payload as JobsByName[typeof name]);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.handlers.clear();
  }

  private async run(handler: JobHandler, job: PendingJob): Promise<void> {
    try {
      await handler({ id: job.id, name: job.name, data: job.data, attemptsMade: 0 });
      job.done.resolve();
    } catch (error) {
      job.done.reject(error);
    }
  }
}
