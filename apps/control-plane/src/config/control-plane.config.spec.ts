import { ConfigError, parseControlPlaneConfig } from './control-plane.config';

describe('parseControlPlaneConfig', () => {
  it('applies the documented defaults', () => {
    const config = parseControlPlaneConfig({});
    expect(config).toEqual({
      http: { host: '0.0.0.0', port: 4566, maxBodyBytes: 10 * 1024 * 1024 },
      database: { url: 'postgres://postgres@127.0.0.1:5432/test', poolSize: 10 },
      redis: { url: 'redis://127.0.0.1:6379', keyPrefix: 'tg:1:' },
      queue: { prefix: 'bull' },
      logLevel: 'log',
    });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.http)).toBe(true);
  });

  it('reads every variable', () => {
    const config = parseControlPlaneConfig({
      CP_HOST: '127.0.0.1', CP_PORT: '0', CP_MAX_BODY_BYTES: '2048', CP_DATABASE_POOL_SIZE: '3', CP_QUEUE_PREFIX: 'tg',
      CP_LOG_LEVEL: 'warn', DATABASE_URL: 'postgresql://u@db/x', REDIS_URL: 'rediss://r:6380',
    });
    expect(config.http).toEqual({ host: '127.0.0.1', port: 0, maxBodyBytes: 2048 });
    expect(config.database).toEqual({ url: 'postgresql://u@db/x', poolSize: 3 });
    expect(config.redis.url).toBe('rediss://r:6380');
    expect(parseControlPlaneConfig({ CP_REDIS_KEY_PREFIX: 'x:2:' }).redis.keyPrefix).toBe('x:2:');
    expect(config.queue.prefix).toBe('tg');
    expect(config.logLevel).toBe('warn');
  });

  it('reports every invalid variable at once', () => {
    let error: unknown;
    try {
      parseControlPlaneConfig({ CP_PORT: '70000', CP_LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x', REDIS_URL: 'nope', CP_QUEUE_PREFIX: 'a:b' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(5);
    for (const name of ['CP_PORT', 'CP_LOG_LEVEL', 'DATABASE_URL', 'REDIS_URL', 'CP_QUEUE_PREFIX']) {
      expect(problems.some((p) => p.startsWith(name))).toBe(true);
    }
  });
});
