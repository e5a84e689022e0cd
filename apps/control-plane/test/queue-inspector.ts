import { Queue } from 'bullmq';

/** A job as the control plane enqueued it. */
export interface EnqueuedJob {
  id?: string;
  name: string;
  data: Record<string, string>;
}

/**
 * Reads what the control plane enqueued on one queue under the test's own BullMQ prefix (nobody consumes
 * it), and removes it all on close.
 */
export class QueueInspector {
  private readonly queue: Queue;

  constructor(queueName: string, redisUrl: string, prefix: string) {
    const url = new URL(redisUrl);
    this.queue = new Queue(queueName, { prefix, connection: { host: url.hostname, port: Number(url.port || 6379) } });
  }

  /** The pending jobs' names and payloads. */
  async jobs(): Promise<Array<Omit<EnqueuedJob, 'id'>>> {
    return (await this.jobsWithIds()).map(({ name, data }) => ({ name, data }));
  }

  /** The same with the job ids (the control plane uses deterministic ids for deduplication). */
  async jobsWithIds(): Promise<EnqueuedJob[]> {
    const jobs = await this.queue.getJobs(['waiting', 'delayed', 'prioritized', 'active']);
    return jobs.map((job) => ({ id: job.id, name: job.name, data: job.data as Record<string, string> }));
  }

  async close(): Promise<void> {
    await this.queue.obliterate({ force: true });
    await this.queue.close();
  }
}
