import type { RedisKeys } from '@tollgate/model';
import { type RedisClient, USAGE_TTL_SECONDS, usageField } from '@tollgate/metering';
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

const ADMITTED: LimitDecision = Object.freeze({ admitted: true });
const QUOTA_SCOPE_REPLY = 2;

/**
 * Time comes from the caller's clock (default Date.now), not Redis TIME: tests stay deterministic and
 * the quota window is computed where its key is built. Data planes sharing Redis therefore need roughly
 * synchronised clocks (NTP); the script tolerates small skew by never refilling for negative time.
 */
export function createLimiter(redis: RedisClient, keys: RedisKeys, clock: Clock = Date.now): Limiter {
  const script = createScriptRunner(redis, LIMIT_SCRIPT);
  const windows = createWindowCache();

  return {
    async check(request) {
      const { buckets, quota, usage, accountId } = request;
      if (buckets.length === 0 && !quota && !usage) return ADMITTED;
      const now = clock();
      const quotaWindow = quota ? windows.at(now, quota.period, quota.offset) : undefined;
      const numKeys = buckets.length + (quota ? 1 : 0) + (usage ? 1 : 0);
      const args: Array<string | number> = new Array(numKeys + 6 + 2 * buckets.length);
      let i = 0;
      for (const bucket of buckets) args[i++] = bucket.key;
      if (quota && quotaWindow) {
        if (!(quota.limit >= 0)) throw new RangeError(`Invalid quota limit ${quota.limit}`);
        args[i++] = keys.quotaCounter(accountId, quota.planId, quota.keyId, quotaWindow.id);
      }
      if (usage) args[i++] = keys.usageDay(accountId, usage.planId, windows.at(now, 'DAY', 0).startDate);
      args[i++] = now;
      args[i++] = buckets.length;
      args[i++] = quota ? quota.limit : '';
      args[i++] = quotaWindow ? quotaWindow.expireAtMs : 0;
      args[i++] = usage ? usageField(usage.keyId, usage.apiStage) : '';
      args[i++] = USAGE_TTL_SECONDS;
      for (const bucket of buckets) {
        // NaN or negative limits would make the script fail or refill backwards: refuse them here.
        if (!(bucket.rateLimit >= 0 && bucket.burstLimit >= 0)) {
          throw new RangeError(`Invalid throttle for ${bucket.scope}: rateLimit ${bucket.rateLimit}, burstLimit ${bucket.burstLimit}`);
        }
        args[i++] = bucket.rateLimit;
        args[i++] = bucket.burstLimit;
      }

      const reply = (await script.run(numKeys, args)) as number[];
      if (reply[0] === 1) {
        return reply[1] < 0 ? ADMITTED : { admitted: true, quotaRemaining: reply[1] };
      }
      if (reply[1] === QUOTA_SCOPE_REPLY) {
        return { admitted: false, reason: 'QUOTA_EXCEEDED', retryAfterMs: (quotaWindow?.endMs ?? now) - now };
      }
      const retryAfterMs = reply[2] >= 0 ? reply[2] : undefined;
      const throttledBy = buckets[reply[3] - 1]?.scope;
      return retryAfterMs === undefined
        ? { admitted: false, reason: 'THROTTLED', throttledBy }
        : { admitted: false, reason: 'THROTTLED', retryAfterMs, throttledBy };
    },
  };
}
