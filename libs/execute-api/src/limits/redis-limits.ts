import type { Redis } from 'ioredis';
import { type Clock, createLimiter, createRespLimiter, type Limiter } from '@tollgate/limits';
import type { RedisClient } from '@tollgate/metering';
import type { RedisKeys } from '@tollgate/model';
import type { Logger } from 'pino';
import { respConnectionLike } from './limiter-connection';
import { createLimitServices, type LimitServices } from './limit-services';
import { RedisLimitRecords } from './redis-limit-records';

export interface RedisLimitsOptions {
  /** Connection for record reads (rare: first use and change notifications); may be the snapshot store's. */
  redis: Redis;
  /**
   * Connection for the per-request limiter call. Best a dedicated one with auto-pipelining, no offline
   * queue and a command timeout, so an unreachable Redis fails fast (and the request is admitted).
   */
  limiterRedis: RedisClient;
  /** Subscribed connection for change messages (may be the snapshot store's). */
  subscriber: Redis;
  keys: RedisKeys;
  logger: Logger;
  /** Time for throttles and quota windows; tests inject their own. Default Date.now. */
  clock?: Clock;
  unknownKeyTtlMs?: number;
  /**
   * `resp` (default): when `limiterRedis` is a single-node ioredis connection, the limiter runs over a
   * RespConnection to the same server (host, port, user, password, db, TLS, commandTimeout copied from it),
   * about 10 µs less CPU per request (README "Limiter client"). Its life follows limiterRedis: when that
   * connection ends (disconnect/quit), so does this one. `ioredis`: run the limiter on limiterRedis itself;
   * Cluster and Sentinel connections always do.
   */
  limiterClient?: 'resp' | 'ioredis';
}

export interface RedisLimits {
  readonly services: LimitServices;
  readonly records: RedisLimitRecords;
  /** Stops listening for change messages; the connections stay the caller's. */
  close(): void;
}

/** Wires the record cache, the limiter and the plan cache for startDataPlane({ limits: services }). */
export async function createRedisLimits(options: RedisLimitsOptions): Promise<RedisLimits> {
  const records = new RedisLimitRecords({
    redis: options.redis, subscriber: options.subscriber, keys: options.keys, logger: options.logger,
    unknownKeyTtlMs: options.unknownKeyTtlMs,
  });
  await records.start();
  const resp = options.limiterClient === 'ioredis' ? undefined : await respConnectionLike(options.limiterRedis, options.logger);
  const limiter: Limiter = resp
    ? createRespLimiter(resp, options.keys, options.clock)
    : createLimiter(options.limiterRedis, options.keys, options.clock);
  const services = createLimitServices({ records, limiter, keys: options.keys, logger: options.logger });
  return {
    services, records,
    close: () => {
      records.close();
      resp?.close();
    },
  };
}
