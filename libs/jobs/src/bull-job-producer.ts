import { Queue } from 'bullmq';
import type { JobProducer } from './job-producer';
import type { JobName, JobsByName } from './payloads';
import type { QueueName } from './queues';

export interface BullConnection {
  url: string;
  prefix?: string;
}

/** BullMQ driver. Job ids must not contain ':' (BullMQ reserves it). */
export class BullJobProducer implements JobProducer {
  private readonly queues = new Map<QueueName, Queue>();

  /**
   * `onConnectionError` receives Redis connection errors; without a listener BullMQ prints each failed
   * reconnect. Enqueue failures still reject the `enqueue` promise (ResilientJobProducer logs those).
   */
  constructor(
    private readonly connection: BullConnection,
    private readonly onConnectionError: (error: Error) => void = () => undefined,
  ) {}

  async enqueue<N extends JobName>(queue: QueueName, name: N, payload: JobsByName[N], options: { jobId?: string } = {}): Promise<void> {
    await this.queue(queue).add(name, payload, {
      jobId: options.jobId,
      attempts: 10,
      backoff: { type: 'exponential', delay: 200 },
      removeOnComplete: true,
      removeOnFail: 1000,
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    this.queues.clear();
  }

  private queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      const url = new URL(this.connection.url);
      queue = new Queue(name, {
        prefix: this.connection.prefix,
        connection: { host: url.hostname, port: Number(url.port || 6379), password: url.password || undefined, db: Number(url.pathname.slice(1) || 0) },
      });
      queue.on('error', this.onConnectionError);
      this.queues.set(name, queue);
    }
    return queue;
  }
}
