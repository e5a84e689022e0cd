import type { QueueName } from '@tollgate/jobs';

/** A job as processors see it, whatever driver delivered it. */
export interface QueueJob {
  id: string | undefined;
  name: string;
  data: unknown;
  /** Attempts already made before this one (0 on the first run). */
  attemptsMade: number;
}

export type JobHandler = (job: QueueJob) => Promise<void>;

/**
 * The worker's only access to queues: BullMQ in production, an inline driver in tests
 * (after twentyhq/twenty's message-queue drivers).
 */
export interface QueueDriver {
  /** Starts consuming `queue`, one handler per queue. */
  work(queue: QueueName, handler: JobHandler): void;
  /** Stops taking jobs, waits for the ones running, releases connections. */
  close(): Promise<void>;
}

export const QUEUE_DRIVER = Symbol('QueueDriver');
