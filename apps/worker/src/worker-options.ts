import type { LogLevel } from '@nestjs/common';
import type { QueueDriver } from './queue/queue-driver';
import type { LimitConfigSource } from './config-publish/limit-config.source';
import type { StagePublicationSource } from './stage-publication/stage-publication.source';

export interface StartWorkerOptions {
  databaseUrl: string;
  redisUrl: string;
  /** Redis key prefix shared with the data plane (tg:1: in production, per test otherwise). */
  keyPrefix: string;
  /** BullMQ prefix shared with the control plane's producer. */
  queuePrefix: string;
  /** Jobs processed in parallel per queue; default 4. */
  concurrency?: number;
  /** Replaces the Postgres source (no database connection is opened then). */
  source?: StagePublicationSource;
  /** Replaces the BullMQ driver, e.g. with InlineQueueDriver. */
  queueDriver?: QueueDriver;
  /**
   * Replaces the Postgres source of API keys, usage plans and account settings (config-publish). Without
   * it, a worker given `source` (no Postgres) skips their republish-on-start.
   */
  limitSource?: LimitConfigSource;
  /** Period of the repeatable usage-flush job (Postgres source only); default 60000, 0 = off. */
  usageFlushEveryMs?: number;
  /**
   * Period of the repeatable reconcile pass (Postgres source only), which also runs once at start. Default 0
   * (off) in-process so tests that write Redis by hand stay deterministic; the worker process gets
   * WORKER_RECONCILE_EVERY_MS (default 30000).
   */
  reconcileEveryMs?: number;
  /** Nest log levels, or false to silence; default log, warn, error. */
  logger?: false | LogLevel[];
}

export const WORKER_OPTIONS = Symbol('WorkerOptions');
export const DEFAULT_CONCURRENCY = 4;
