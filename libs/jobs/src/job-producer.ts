import type { JobName, JobsByName } from './payloads';
import type { QueueName } from './queues';

/** The only way the control plane reaches the queues; tests can swap in an inline driver. */
export interface JobProducer {
  enqueue<N extends JobName>(queue: QueueName, name: N, payload: JobsByName[N], options?: { jobId?: string }): Promise<void>;
  close(): Promise<void>;
}

export const JOB_PRODUCER = Symbol('JobProducer');
