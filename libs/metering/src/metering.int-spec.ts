import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { redisKeys, type RedisKeys } from '@tollgate/model';
import { adjustQuota, readQuotaUsed, setQuotaRemaining } from './quota-adjuster';
import { QUOTA_ADJUSTMENT, usageField } from './usage-layout';
import { readUsage } from './usage-reader';
import { mergeUsage, usageValues } from './usage-merge';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
// Future dates: quota counters expire at their window end by Redis's real clock.
const NOW = Date.parse('2031-03-05T12:00:00.000Z');

describe('metering on real Redis', () => {
  let redis: Redis;
  let keys: RedisKeys;
  let accountId: string;

  beforeAll(() => {
    redis = new Redis(REDIS_URL);
  });
  beforeEach(() => {
    keys = redisKeys(`test:${randomUUID()}:`);
    accountId = `acc-${randomUUID().slice(0, 8)}`;
  });
  afterEach(async () => {
    const found = await redis.keys(`${keys.prefix}*`);
    if (found.length) await redis.del(...found);
  });
  afterAll(async () => {
    await redis.quit();
  });

  // What the limiter's script writes for admitted requests.
  const count = (planId: string, day: string, keyId: string, apiStage: string, n: number) =>
    redis.hincrby(keys.usageDay(accountId, planId, day), usageField(keyId, apiStage), n);

  describe('readUsage', () => {
    it('returns per key, per day, per api stage counts of one plan, sorted', async () => {
      await count('plan1', '2031-03-04', 'k2', 'api1:prod', 4);
      await count('plan1', '2031-03-04', 'k1', 'api1:prod', 3);
      await count('plan1', '2031-03-05', 'k1', 'api1:prod', 1);
      await count('plan1', '2031-03-05', 'k1', 'api2:beta', 6);
      await count('plan1', '2031-03-07', 'k1', 'api1:prod', 9); // outside the range
      await count('plan2', '2031-03-05', 'k1', 'api1:prod', 50); // another plan
      await redis.hset(keys.usageDay(accountId, 'plan1', '2031-03-05'), 'junk', '1'); // not our layout

      expect(await readUsage(redis, keys, { accountId, planId: 'plan1', from: '2031-03-03', to: '2031-03-06' })).toEqual([
        { keyId: 'k1', day: '2031-03-04', apiStage: 'api1:prod', count: 3 },
        { keyId: 'k2', day: '2031-03-04', apiStage: 'api1:prod', count: 4 },
        { keyId: 'k1', day: '2031-03-05', apiStage: 'api1:prod', count: 1 },
        { keyId: 'k1', day: '2031-03-05', apiStage: 'api2:beta', count: 6 },
      ]);
      expect(await readUsage(redis, keys, { accountId, planId: 'plan1', keyIds: ['k2'], from: '2031-03-01', to: '2031-03-31' }))
        .toEqual([{ keyId: 'k2', day: '2031-03-04', apiStage: 'api1:prod', count: 4 }]);
    });

    it('returns nothing for a plan without usage', async () => {
      expect(await readUsage(redis, keys, { accountId, planId: 'none', from: '2031-03-01', to: '2031-03-05' })).toEqual([]);
    });

    it.each([
      [{ from: '2031-03-05', to: '2031-03-04' }, 'Invalid range: to (2031-03-04) is before from (2031-03-05)'],
      [{ from: '2031-3-5', to: '2031-03-04' }, 'Invalid from: "2031-3-5" is not a date in the format YYYY-MM-DD'],
      [{ from: '2030-01-01', to: '2031-03-05' }, 'Invalid range: at most 400 days can be read at once'],
    ])('rejects %j', async (range, message) => {
      await expect(readUsage(redis, keys, { accountId, planId: 'plan1', ...range })).rejects.toThrow(new RangeError(message));
    });

    it('feeds GetUsage: Postgres rows merged with live counters give AWS values', async () => {
      await count('plan1', '2031-03-05', 'k1', 'api1:prod', 7);
      const live = await readUsage(redis, keys, { accountId, planId: 'plan1', from: '2031-03-01', to: '2031-03-05' });
      const persisted = [
        { keyId: 'k1', day: '2031-03-04', apiStage: 'api1:prod', count: 2 },
        { keyId: 'k1', day: '2031-03-05', apiStage: 'api1:prod', count: 5 }, // flushed earlier, now stale
      ];
      expect(usageValues(mergeUsage(persisted, live), {
        startDate: '2031-03-04', endDate: '2031-03-05', quota: { limit: 100, offset: 0, period: 'MONTH' },
      })).toEqual({ k1: [[2, 98], [7, 91]] });
    });
  });

  describe('UpdateUsage', () => {
    const target = { planId: 'plan1', keyId: 'k1', period: 'WEEK' as const, offset: 0, now: NOW };

    it('extends and reduces the current window and records each change on today\'s usage', async () => {
      await redis.set(keys.quotaCounter(accountId, 'plan1', 'k1', 'WEEK:2031-03-02'), '10');
      expect(await adjustQuota(redis, keys, { ...target, accountId, delta: 25 })).toEqual({ used: -15, delta: 25 });
      expect(await adjustQuota(redis, keys, { ...target, accountId, delta: -5 })).toEqual({ used: -10, delta: -5 });
      expect(await readQuotaUsed(redis, keys, { ...target, accountId })).toBe(-10);
      expect(await readUsage(redis, keys, { accountId, planId: 'plan1', from: '2031-03-05', to: '2031-03-05' }))
        .toEqual([{ keyId: 'k1', day: '2031-03-05', apiStage: QUOTA_ADJUSTMENT, count: 20 }]);
      // The counter expires after its window (Sunday 2031-03-09 00:00 UTC) plus the grace hour.
      const expireAt = await redis.pexpiretime(keys.quotaCounter(accountId, 'plan1', 'k1', 'WEEK:2031-03-02'));
      expect(expireAt).toBe(Date.parse('2031-03-09T01:00:00.000Z'));
    });

    it('sets the remaining quota outright (replace /remaining)', async () => {
      await redis.set(keys.quotaCounter(accountId, 'plan1', 'k1', 'WEEK:2031-03-02'), '40');
      // limit 100, used 40 -> remaining 60; set it to 10: a reduction of 50.
      expect(await setQuotaRemaining(redis, keys, { ...target, accountId, limit: 100, remaining: 10 })).toEqual({ used: 90, delta: -50 });
      expect(await setQuotaRemaining(redis, keys, { ...target, accountId, limit: 100, remaining: 150 })).toEqual({ used: -50, delta: 140 });
      expect(await readUsage(redis, keys, { accountId, planId: 'plan1', from: '2031-03-05', to: '2031-03-05' }))
        .toEqual([{ keyId: 'k1', day: '2031-03-05', apiStage: QUOTA_ADJUSTMENT, count: 90 }]);
    });

    it('starts from zero in a window nothing was counted in', async () => {
      expect(await readQuotaUsed(redis, keys, { ...target, accountId })).toBe(0);
      expect(await setQuotaRemaining(redis, keys, { ...target, accountId, limit: 5, remaining: 2 })).toEqual({ used: 3, delta: -3 });
    });

    it('rejects non-integer deltas, negative remaining and bad periods', async () => {
      await expect(adjustQuota(redis, keys, { ...target, accountId, delta: 1.5 })).rejects.toThrow(RangeError);
      await expect(setQuotaRemaining(redis, keys, { ...target, accountId, limit: 5, remaining: -1 })).rejects.toThrow(RangeError);
      await expect(adjustQuota(redis, keys, { ...target, accountId, period: 'DAY', offset: 2, delta: 1 })).rejects.toThrow(RangeError);
      expect(await redis.keys(`${keys.prefix}*`)).toEqual([]);
    });
  });
});
