import { Redis } from 'ioredis';
import { LOAD_LIMIT_SCRIPT, RespConnection } from '@tollgate/limits';
import type { RedisClient } from '@tollgate/metering';
import type { Logger } from 'pino';

/** How long start-up waits for the limiter connection; past it, checks fail open until it connects. */
const START_WAIT_MS = 2000;

/**
 * A RespConnection to the server `redis` talks to (host, port, user, password, db, TLS, commandTimeout
 * copied), ready (or START_WAIT_MS elapsed), living as long as `redis` does; undefined for Cluster and
 * Sentinel connections, which need ioredis's routing. Why: apps/data-plane/README.md "Limiter client".
 */
export async function respConnectionLike(redis: RedisClient, logger: Logger): Promise<RespConnection | undefined> {
  if (!(redis instanceof Redis)) return undefined; // Cluster: needs ioredis's slot routing
  const { host, port, username, password, db, tls, sentinels, path, commandTimeout } = redis.options;
  if ((sentinels && sentinels.length > 0) || path) return undefined;
  let lastWarnAt = -Infinity;
  const connection = new RespConnection({
    host: host ?? 'localhost', port: port ?? 6379, username, password, db, tls,
    timeoutMs: commandTimeout ?? 500,
    onConnectCommands: [LOAD_LIMIT_SCRIPT],
    // Follows limiterRedis: a disconnect() of it (shutdown, or a test simulating Redis down) stops the
    // limiter at once (writable turns false synchronously), and so does an ioredis reconnect.
    isUsable: () => redis.status === 'ready' && redis.stream?.writable === true,
    onError: (error) => {
      // Reconnect attempts repeat the same error: one line per 10 s is enough.
      const now = Date.now();
      if (now - lastWarnAt < 10_000) return;
      lastWarnAt = now;
      logger.warn({ err: error.message }, 'limiter connection error');
    },
  });
  redis.once('end', () => connection.close());
  await readyWithin(connection, redis, START_WAIT_MS);
  return connection;
}

function readyWithin(connection: RespConnection, redis: Redis, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const ioredisReady = redis.status === 'ready' ? Promise.resolve() : new Promise<void>((resolve) => redis.once('ready', () => resolve()));
  return Promise.race([
    Promise.all([connection.whenReady(), ioredisReady]).then(() => undefined),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
