import type { Redis } from 'ioredis';
import { type Clock, createLimiter } from '@tollgate/limits';
import type { RedisClient } from '@tollgate/metering';
import type { RedisKeys } from '@tollgate/model';
import type { Logger } from 'pino';
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
  const services = createLimitServices({
    records,
    limiter: createLimiter(options.limiterRedis, options.keys, options.clock),
    keys: options.keys,
    logger: options.logger,
  });
  return { services, records, close: () => records.close() };
}
