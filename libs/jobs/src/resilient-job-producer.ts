import type { JobProducer } from './job-producer';
import type { JobName, JobsByName } from './payloads';
import type { QueueName } from './queues';

/** Where ResilientJobProducer reports a job it could not enqueue (Nest's Logger fits). */
export interface JobProducerWarnings {
  warn(message: string): void;
}

export interface ResilientJobProducerOptions {
  /** How long one enqueue may take before it is given up on; default 1000 ms. */
  timeoutMs?: number;
  /** Default: console. */
  logger?: JobProducerWarnings;
}

export const DEFAULT_ENQUEUE_TIMEOUT_MS = 1000;

/**
 * The control plane's producer: jobs are the fast path only. The caller has already committed the change
 * to Postgres, which is the guaranteed path: the worker's reconciler compares Postgres with Redis every
 * pass and publishes whatever a lost job left stale. So an enqueue that fails or takes longer than
 * `timeoutMs` (Redis down, blip, failover) is logged with its ids and resolves: it never turns a stored
 * change into an error for the caller. A slow enqueue that completes after the timeout still delivers.
 */
export class ResilientJobProducer implements JobProducer {
  private readonly timeoutMs: number;
  private readonly logger: JobProducerWarnings;

  constructor(private readonly inner: JobProducer, options: ResilientJobProducerOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_ENQUEUE_TIMEOUT_MS;
    this.logger = options.logger ?? console;
  }

  async enqueue<N extends JobName>(queue: QueueName, name: N, payload: JobsByName[N], options?: { jobId?: string }): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.timeoutMs);
    });
    let attempt: Promise<unknown>;
    try {
      attempt = this.inner.enqueue(queue, name, payload, options);
    } catch (error) {
      attempt = Promise.reject(error);
    }
    // The attempt may still settle after the timeout: its late rejection must not go unhandled.
    const settled = attempt.then(() => 'ok' as const, (error: unknown) => error instanceof Error ? error : new Error(String(error)));
    try {
      const outcome = await Promise.race([settled, timedOut]);
      if (outcome === 'ok') return;
      const reason = outcome === 'timeout' ? `no answer within ${this.timeoutMs} ms` : outcome.message;
      this.logger.warn(
        `enqueue ${queue}/${name} ${JSON.stringify(payload)}${options?.jobId ? ` (job ${options.jobId})` : ''} failed: ${reason}; ` +
        'the change is stored and the worker\'s reconciler will publish it',
      );
    } finally {
      clearTimeout(timer);
    }
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
