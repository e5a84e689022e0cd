import type { JobName, JobsByName, QueueName } from '@tollgate/jobs';

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
  /**
   * Repeats a job every `everyMs` (e.g. usage-flush). One schedule per job name, shared by every worker
   * and replaced on each call, so starting several workers does not multiply it.
   */
  schedule<N extends JobName>(queue: QueueName, name: N, payload: JobsByName[N], everyMs: number): Promise<void>;
  /** Stops taking jobs, waits for the ones running, releases connections. */
  close(): Promise<void>;
}

export const QUEUE_DRIVER = Symbol('QueueDriver');
