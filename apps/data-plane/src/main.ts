import { once } from 'node:events';
import { Redis } from 'ioredis';
import pino from 'pino';
import { redisKeys } from '@tollgate/model';
import { RedisSnapshotStore } from '@tollgate/snapshot-store';
import { compileSnapshot, createRedisLimits, type CompiledSnapshot } from '@tollgate/execute-api';
import { loadConfig } from './config';
import { startDataPlane } from './server';
import { loadOrCreateSelfSigned, readTlsFiles } from './tls/tls-credentials';

/** Starts the data plane from the environment (see .env.example). */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = pino({ level: config.logLevel }, pino.destination({ sync: false }));
  const redis = new Redis(config.redis.url, { maxRetriesPerRequest: 1 });
  const subscriber = redis.duplicate();
  // The limiter's own connection: auto-pipelined (one write per event-loop turn for all requests in
  // flight), and failing fast instead of queueing while Redis is away, so requests are admitted unchecked.
  const limiterRedis = redis.duplicate({
    enableAutoPipelining: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, commandTimeout: config.limits.timeoutMs,
  });
  for (const connection of [redis, subscriber, limiterRedis]) {
    connection.on('error', (error: Error) => logger.warn({ err: error.message }, 'redis connection error'));
  }
  const store = new RedisSnapshotStore<CompiledSnapshot>({
    redis, subscriber, keys: redisKeys(config.redis.keyPrefix), compile: compileSnapshot, logger,
  });
  await store.start();
  // Without an offline queue, calls before 'ready' would fail (and be admitted unchecked): wait for it.
  if (limiterRedis.status !== 'ready') await once(limiterRedis, 'ready');
  const limits = await createRedisLimits({
    redis, subscriber, limiterRedis, keys: redisKeys(config.redis.keyPrefix), logger,
  });
  const credentials = 'certFile' in config.tls
    ? await readTlsFiles(config.tls.certFile, config.tls.keyFile)
    : await loadOrCreateSelfSigned(config.tls.dir, config.domain);
  const running = await startDataPlane({
    store, logger,
    limits: limits.services,
    host: config.http.host,
    httpPort: config.http.httpPort,
    https: { port: config.http.httpsPort, credentials },
    integrationTimeoutCapMs: config.integration.timeoutCapMs,
  });
  logger.info({ http: running.httpUrl, https: running.httpsUrl, domain: config.domain }, 'data plane listening');

  const shutdown = (signal: string): void => {
    logger.info({ signal }, 'shutting down');
    void running.close()
      .then(() => store.close())
      .finally(() => {
        limits.close();
        redis.disconnect();
        subscriber.disconnect();
        limiterRedis.disconnect();
        logger.flush();
      });
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
