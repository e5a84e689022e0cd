import { DEFAULT_KEY_PREFIX } from '@tollgate/model';
import { DEFAULT_CONCURRENCY } from '../worker-options';
import type { StartWorkerOptions } from '../worker-options';

export interface WorkerConfig {
  readonly database: { readonly url: string };
  readonly redis: { readonly url: string; readonly keyPrefix: string };
  /** `usageFlushEveryMs` / `reconcileEveryMs`: periods of the repeating usage-flush / reconcile jobs (0 = off). */
  readonly queue: { readonly prefix: string; readonly concurrency: number; readonly usageFlushEveryMs: number; readonly reconcileEveryMs: number };
}

export class WorkerConfigError extends Error {
  override readonly name = 'WorkerConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid worker configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

export const WORKER_ENV_DEFAULTS = Object.freeze({
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
  REDIS_URL: 'redis://127.0.0.1:6379',
  WORKER_REDIS_KEY_PREFIX: DEFAULT_KEY_PREFIX,
  WORKER_QUEUE_PREFIX: 'bull',
  WORKER_CONCURRENCY: String(DEFAULT_CONCURRENCY),
  WORKER_USAGE_FLUSH_EVERY_MS: '60000',
  WORKER_RECONCILE_EVERY_MS: '30000',
});

type Env = Readonly<Record<string, string | undefined>>;

/** Parses the environment once; every invalid variable is reported together. */
export function parseWorkerConfig(env: Env): WorkerConfig {
  const problems: string[] = [];
  const read = (name: keyof typeof WORKER_ENV_DEFAULTS): string => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? WORKER_ENV_DEFAULTS[name] : value;
  };
  const url = (name: 'DATABASE_URL' | 'REDIS_URL', protocols: string[]): string => {
    const value = read(name);
    let protocol: string | undefined;
    try { protocol = new URL(value).protocol; } catch { protocol = undefined; }
    if (!protocol || !protocols.includes(protocol)) problems.push(`${name} must be a ${protocols.map((p) => `${p}//`).join(' or ')} URL (got "${value}")`);
    return value;
  };
  const token = (name: 'WORKER_REDIS_KEY_PREFIX' | 'WORKER_QUEUE_PREFIX'): string => {
    const value = read(name);
    if (/\s/.test(value)) problems.push(`${name} must not contain whitespace (got "${value}")`);
    return value;
  };

  const databaseUrl = url('DATABASE_URL', ['postgres:', 'postgresql:']);
  const redisUrl = url('REDIS_URL', ['redis:', 'rediss:']);
  const keyPrefix = token('WORKER_REDIS_KEY_PREFIX');
  const queuePrefix = token('WORKER_QUEUE_PREFIX');
  // Same rule as the control plane's CP_QUEUE_PREFIX, so one value fits both.
  if (queuePrefix.includes(':')) problems.push(`WORKER_QUEUE_PREFIX must not contain ":" (got "${queuePrefix}")`);
  const concurrencyText = read('WORKER_CONCURRENCY');
  const concurrency = Number(concurrencyText);
  if (!/^\d+$/.test(concurrencyText) || concurrency < 1 || concurrency > 256) {
    problems.push(`WORKER_CONCURRENCY must be an integer from 1 to 256 (got "${concurrencyText}")`);
  }
  const flushText = read('WORKER_USAGE_FLUSH_EVERY_MS');
  const usageFlushEveryMs = Number(flushText);
  if (!/^\d+$/.test(flushText) || usageFlushEveryMs > 86_400_000) {
    problems.push(`WORKER_USAGE_FLUSH_EVERY_MS must be an integer from 0 (off) to 86400000 (got "${flushText}")`);
  }
  const reconcileText = read('WORKER_RECONCILE_EVERY_MS');
  const reconcileEveryMs = Number(reconcileText);
  if (!/^\d+$/.test(reconcileText) || reconcileEveryMs > 86_400_000) {
    problems.push(`WORKER_RECONCILE_EVERY_MS must be an integer from 0 (off) to 86400000 (got "${reconcileText}")`);
  }
  if (problems.length > 0) throw new WorkerConfigError(problems);

  return Object.freeze({
    database: Object.freeze({ url: databaseUrl }),
    redis: Object.freeze({ url: redisUrl, keyPrefix }),
    queue: Object.freeze({ prefix: queuePrefix, concurrency, usageFlushEveryMs, reconcileEveryMs }),
  });
}

/** The only place the worker reads process.env. */
export function loadWorkerConfig(): WorkerConfig {
  return parseWorkerConfig(process.env);
}

export function toStartWorkerOptions(config: WorkerConfig): StartWorkerOptions {
  return {
    databaseUrl: config.database.url,
    redisUrl: config.redis.url,
    keyPrefix: config.redis.keyPrefix,
    queuePrefix: config.queue.prefix,
    concurrency: config.queue.concurrency,
    usageFlushEveryMs: config.queue.usageFlushEveryMs,
    reconcileEveryMs: config.queue.reconcileEveryMs,
  };
}
