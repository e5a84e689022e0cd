import type { RedisKeys } from '@tollgate/model';
import type { RedisClient } from '@tollgate/metering';
import { ADMITTED, LimitCallCache, decideLimit } from './limit-call';
import type { LimitDecision, LimitRequest } from './limit-request';
import { LIMIT_SCRIPT } from './limit-script';
import { createScriptRunner } from './script-runner';
import { createWindowCache } from './window-cache';

/** Milliseconds since the epoch. Injected so tests (and benchmarks) control time. */
export type Clock = () => number;

export interface Limiter {
  /**
   * Checks every bucket and the quota and, only if all pass, takes the tokens and counts quota and usage:
   * one Redis round trip. Rejects (promise) only on Redis errors or invalid limits (RangeError).
   */
  check(request: LimitRequest): Promise<LimitDecision>;
}

/**
 * Time comes from the caller's clock (default Date.now), not Redis TIME: tests stay deterministic and
 * the quota window is computed where its key is built. Data planes sharing Redis therefore need roughly
 * synchronised clocks (NTP); the script tolerates small skew by never refilling for negative time.
 *
 * This limiter runs the script through ioredis (works with Redis Cluster). On a single node the data
 * plane uses createRespLimiter, the same call over a purpose-built pipelined socket (cheaper per request).
 */
export function createLimiter(redis: RedisClient, keys: RedisKeys, clock: Clock = Date.now): Limiter {
  const script = createScriptRunner(redis, LIMIT_SCRIPT);
  const calls = new LimitCallCache(keys, createWindowCache(), script.sha);

  return {
    async check(request) {
      if (request.buckets.length === 0 && !request.quota && !request.usage) return ADMITTED;
      const now = clock();
      const call = calls.get(request, now);
      const args = call.keysAndArgs.slice();
      args[call.nowIndex] = now;
      const reply = (await script.run(call.numKeys, args)) as number[];
      return decideLimit(call, reply, now);
    },
  };
}
