import { parseWorkerConfig, toStartWorkerOptions, WorkerConfigError } from './worker-config';

describe('parseWorkerConfig', () => {
  it('applies the defaults to an empty environment', () => {
    expect(parseWorkerConfig({})).toEqual({
      database: { url: 'postgres://postgres@127.0.0.1:5432/test' },
      redis: { url: 'redis://127.0.0.1:6379', keyPrefix: 'tg:1:' },
      queue: { prefix: 'bull', concurrency: 4, usageFlushEveryMs: 60000, reconcileEveryMs: 30000 },
    });
  });

  it('reads every variable and returns a frozen object', () => {
    const config = parseWorkerConfig({
      DATABASE_URL: 'postgresql://u:p@db:5432/x', REDIS_URL: 'rediss://cache:6380/2',
      WORKER_REDIS_KEY_PREFIX: 'tg:2:', WORKER_QUEUE_PREFIX: 'q', WORKER_CONCURRENCY: '16', WORKER_USAGE_FLUSH_EVERY_MS: '0', WORKER_RECONCILE_EVERY_MS: '5000',
    });
    expect(config).toEqual({
      database: { url: 'postgresql://u:p@db:5432/x' },
      redis: { url: 'rediss://cache:6380/2', keyPrefix: 'tg:2:' },
      queue: { prefix: 'q', concurrency: 16, usageFlushEveryMs: 0, reconcileEveryMs: 5000 },
    });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.redis)).toBe(true);
  });

  it('treats blank values as unset', () => {
    expect(parseWorkerConfig({ WORKER_CONCURRENCY: '  ', REDIS_URL: '' }).queue.concurrency).toBe(4);
  });

  it('reports every invalid variable at once', () => {
    let error: unknown;
    try {
      parseWorkerConfig({ DATABASE_URL: 'mysql://x', REDIS_URL: 'not a url', WORKER_QUEUE_PREFIX: 'a b', WORKER_CONCURRENCY: '0' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorkerConfigError);
    expect((error as WorkerConfigError).problems).toEqual([
      'DATABASE_URL must be a postgres:// or postgresql:// URL (got "mysql://x")',
      'REDIS_URL must be a redis:// or rediss:// URL (got "not a url")',
      'WORKER_QUEUE_PREFIX must not contain whitespace (got "a b")',
      'WORKER_CONCURRENCY must be an integer from 1 to 256 (got "0")',
    ]);
  });

  it('rejects a queue prefix with ":" like the control plane does', () => {
    expect(() => parseWorkerConfig({ WORKER_QUEUE_PREFIX: 'a:b' })).toThrow('WORKER_QUEUE_PREFIX must not contain ":" (got "a:b")');
  });

  it.each(['1.5', 'x', '-1', '257'])('rejects WORKER_CONCURRENCY=%s', (value) => {
    expect(() => parseWorkerConfig({ WORKER_CONCURRENCY: value })).toThrow(/WORKER_CONCURRENCY/);
  });

  it.each(['-1', '1.5', '86400001'])('rejects WORKER_USAGE_FLUSH_EVERY_MS=%s', (value) => {
    expect(() => parseWorkerConfig({ WORKER_USAGE_FLUSH_EVERY_MS: value })).toThrow(/WORKER_USAGE_FLUSH_EVERY_MS/);
  });

  it.each(['-1', '1.5', 'soon', '86400001'])('rejects WORKER_RECONCILE_EVERY_MS=%s', (value) => {
    expect(() => parseWorkerConfig({ WORKER_RECONCILE_EVERY_MS: value })).toThrow(/WORKER_RECONCILE_EVERY_MS must be an integer from 0 \(off\)/);
  });

  it('maps to startWorker options', () => {
    expect(toStartWorkerOptions(parseWorkerConfig({ WORKER_QUEUE_PREFIX: 'q' }))).toEqual({
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/test', redisUrl: 'redis://127.0.0.1:6379',
      keyPrefix: 'tg:1:', queuePrefix: 'q', concurrency: 4, usageFlushEveryMs: 60000, reconcileEveryMs: 30000,
    });
  });
});
