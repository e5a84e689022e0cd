import type { RedisKeys } from '@tollgate/model';
import type { RedisClient } from './usage-record';
import { type QuotaPeriod, quotaWindowAt } from './quota-period';
import { QUOTA_ADJUSTMENT, USAGE_TTL_SECONDS, usageField } from './usage-layout';
import { formatUtcDay, utcDayNumber } from './utc-day';

/**
 * UpdateUsage: change the remaining quota of one key in the current window. The quota counter holds
 * "used"; an extension lowers it (possibly below zero), a reduction raises it. The same call records the
 * delta in today's usage hash under QUOTA_ADJUSTMENT, so GetUsage's per-day "remaining" shows it and the
 * usage-flush job persists it like any other count. Admin path, so plain EVAL (no script cache) is fine.
 */
const ADJUST_SCRIPT = `
-- KEYS[1] quota counter, KEYS[2] today's usage hash
-- ARGV: mode ('delta' | 'remaining'), value, limit, counter expire-at ms, usage field, usage ttl s
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
local delta = tonumber(ARGV[2])
if ARGV[1] == 'remaining' then
  -- Remaining is limit - used, so setting it is a delta from what is left now.
  delta = delta - (tonumber(ARGV[3]) - used)
end
used = redis.call('INCRBY', KEYS[1], -delta)
redis.call('PEXPIREAT', KEYS[1], ARGV[4])
redis.call('HINCRBY', KEYS[2], ARGV[5], delta)
redis.call('EXPIRE', KEYS[2], ARGV[6])
return {used, delta}
`;

export interface QuotaTarget {
  accountId: string;
  planId: string;
  keyId: string;
  period: QuotaPeriod;
  offset: number;
  /** epoch ms; selects the current window and the day the adjustment is recorded on. */
  now: number;
}

export interface QuotaAdjustment {
  /** Requests counted as used in the current window after the change (negative after a large extension). */
  used: number;
  /** The change applied to the remaining quota (positive = extended). */
  delta: number;
}

/** Extends (delta > 0) or reduces (delta < 0) the remaining quota in the current window. */
export async function adjustQuota(redis: RedisClient, keys: RedisKeys, target: QuotaTarget & { delta: number }): Promise<QuotaAdjustment> {
  if (!Number.isInteger(target.delta)) throw new RangeError('Invalid quota adjustment: delta must be an integer');
  return run(redis, keys, target, 'delta', target.delta, 0);
}

/** Sets the remaining quota of the current window to `remaining` (AWS's `replace /remaining`). */
export async function setQuotaRemaining(
  redis: RedisClient, keys: RedisKeys, target: QuotaTarget & { limit: number; remaining: number },
): Promise<QuotaAdjustment> {
  if (!Number.isInteger(target.remaining) || target.remaining < 0) {
    throw new RangeError('Invalid remaining quota: must be a non-negative integer');
  }
  return run(redis, keys, target, 'remaining', target.remaining, target.limit);
}

/** Requests used in the current window (0 when nothing was counted yet). */
export async function readQuotaUsed(redis: RedisClient, keys: RedisKeys, target: QuotaTarget): Promise<number> {
  const window = quotaWindowAt(target.now, target.period, target.offset);
  const value = await redis.get(keys.quotaCounter(target.accountId, target.planId, target.keyId, window.id));
  return value === null ? 0 : Number(value);
}

async function run(
  redis: RedisClient, keys: RedisKeys, target: QuotaTarget, mode: 'delta' | 'remaining', value: number, limit: number,
): Promise<QuotaAdjustment> {
  const window = quotaWindowAt(target.now, target.period, target.offset);
  const counterKey = keys.quotaCounter(target.accountId, target.planId, target.keyId, window.id);
  const usageKey = keys.usageDay(target.accountId, target.planId, formatUtcDay(utcDayNumber(target.now)));
  const reply = (await redis.eval(
    ADJUST_SCRIPT, 2, counterKey, usageKey,
    mode, value, limit, window.expireAtMs, usageField(target.keyId, QUOTA_ADJUSTMENT), USAGE_TTL_SECONDS,
  )) as [number, number];
  return { used: reply[0], delta: reply[1] };
}
