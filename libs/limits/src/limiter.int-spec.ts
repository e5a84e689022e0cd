import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { redisKeys, type RedisKeys, type UsagePlanRecord } from '@tollgate/model';
import { QUOTA_ADJUSTMENT, adjustQuota, readUsage, setQuotaRemaining, usageValues } from '@tollgate/metering';
import type { LimitRequest, ThrottleBucket } from './limit-request';
import { type Clock, createLimiter, type Limiter } from './limiter';
import { createRespLimiter, LOAD_LIMIT_SCRIPT } from './resp-limiter';
import { RespConnection } from './resp/resp-connection';
import { LIMIT_SCRIPT } from './limit-script';
import { createScriptRunner } from './script-runner';
import { planLimitRequest } from './plan-limit-request';

// Fake clocks run in the future: quota counters get PEXPIREAT at their window end, which Redis compares
// with its own (real) clock, so a window in the past would expire at once.
const T0 = Date.parse('2031-03-05T12:00:00.000Z'); // a Wednesday
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

// Every case runs through both clients: ioredis (Cluster-capable) and the pipelined RESP connection.
describe.each(['ioredis', 'resp'] as const)('limiter (%s client) on real Redis', (client) => {
  let redis: Redis;
  let keys: RedisKeys;
  let accountId: string;
  let now: number;
  const clock = () => now;
  // For the resp client: one RespConnection standing in for the first ioredis connection, one for any other.
  let respFirst: RespConnection;
  let respOther: RespConnection;

  beforeAll(async () => {
    redis = new Redis(REDIS_URL, { lazyConnect: false });
    if (client === 'ioredis') return;
    respFirst = RespConnection.fromUrl(REDIS_URL, { timeoutMs: 5000, onConnectCommands: [LOAD_LIMIT_SCRIPT] });
    respOther = RespConnection.fromUrl(REDIS_URL, { timeoutMs: 5000, onConnectCommands: [LOAD_LIMIT_SCRIPT] });
    await Promise.all([respFirst.whenReady(), respOther.whenReady()]);
  });
  afterAll(() => {
    respFirst?.close();
    respOther?.close();
  });
  const createLimiterOn = (connection: Redis, limiterKeys: RedisKeys, limiterClock: Clock): Limiter => (client === 'ioredis'
    ? createLimiter(connection, limiterKeys, limiterClock)
    : createRespLimiter(connection === redis ? respFirst : respOther, limiterKeys, limiterClock));
  beforeEach(() => {
    keys = redisKeys(`test:${randomUUID()}:`);
    accountId = `acc-${randomUUID().slice(0, 8)}`;
    now = T0;
  });
  afterEach(async () => {
    const found = await redis.keys(`${keys.prefix}*`);
    if (found.length) await redis.del(...found);
  });
  afterAll(async () => {
    await redis.quit();
  });

  const bucket = (rateLimit: number, burstLimit: number, name = 'b'): ThrottleBucket =>
    ({ key: keys.stageBucket(accountId, `api:${name}`), scope: 'stage', rateLimit, burstLimit });
  const checkTimes = async (limiter: Limiter, request: LimitRequest, times: number) => {
    const decisions = [];
    for (let i = 0; i < times; i++) decisions.push(await limiter.check(request));
    return decisions;
  };
  // A bucket is stored as `tokens:stampMs`.
  const tokensOf = async (key: string) => Number((await redis.get(key))?.split(':')[0]);
  const admittedCount = (decisions: Array<{ admitted: boolean }>) => decisions.filter((d) => d.admitted).length;

  describe('token bucket', () => {
    it('admits a burst, then refills at rateLimit per second', async () => {
      const limiter = createLimiterOn(redis, keys, clock);
      const request: LimitRequest = { accountId, buckets: [bucket(10, 5)] };

      expect(admittedCount(await checkTimes(limiter, request, 5))).toBe(5);
      const rejected = await limiter.check(request);
      expect(rejected).toMatchObject({ admitted: false, reason: 'THROTTLED', throttledBy: 'stage' });
      // Empty bucket at 10 tokens/s: the next token is 100 ms away.
      expect(rejected.admitted === false && rejected.retryAfterMs).toBeGreaterThanOrEqual(99);
      expect(rejected.admitted === false && rejected.retryAfterMs).toBeLessThanOrEqual(101);

      now = T0 + 95;
      expect((await limiter.check(request)).admitted).toBe(false);
      now = T0 + 101;
      expect((await limiter.check(request)).admitted).toBe(true);
      expect((await limiter.check(request)).admitted).toBe(false);

      // 250 ms later 2.5 tokens have come back: two requests pass, the third waits ~50 ms.
      now = T0 + 351;
      const decisions = await checkTimes(limiter, request, 3);
      expect(decisions.map((d) => d.admitted)).toEqual([true, true, false]);
      const last = decisions[2];
      expect(last.admitted === false && last.retryAfterMs).toBeGreaterThanOrEqual(49);
      expect(last.admitted === false && last.retryAfterMs).toBeLessThanOrEqual(51);
    });

    it('never holds more than burstLimit tokens, however long it was idle', async () => {
      const limiter = createLimiterOn(redis, keys, clock);
      const request: LimitRequest = { accountId, buckets: [bucket(100, 3)] };
      await checkTimes(limiter, request, 3);
      now = T0 + 60_000;
      expect(admittedCount(await checkTimes(limiter, request, 10))).toBe(3);
    });

    it('supports fractional rates and rejects everything at burst 0 without a retry hint', async () => {
      const limiter = createLimiterOn(redis, keys, clock);
      const slow: LimitRequest = { accountId, buckets: [bucket(0.5, 1, 'slow')] };
      expect((await limiter.check(slow)).admitted).toBe(true);
      expect(await limiter.check(slow)).toMatchObject({ admitted: false, retryAfterMs: 2000 });
      now = T0 + 2000;
      expect((await limiter.check(slow)).admitted).toBe(true);

      const closed: LimitRequest = { accountId, buckets: [bucket(100, 0, 'closed')] };
      const decision = await limiter.check(closed);
      expect(decision).toEqual({ admitted: false, reason: 'THROTTLED', throttledBy: 'stage' });
    });

    it('expires an idle bucket only once it would be full again', async () => {
      const limiter = createLimiterOn(redis, keys, clock);
      const request: LimitRequest = { accountId, buckets: [bucket(10, 20)] };
      await limiter.check(request);
      const ttl = await redis.pttl(request.buckets[0].key);
      // 20 tokens at 10/s refill in 2 s, plus 1 s of margin.
      expect(ttl).toBeGreaterThan(2000);
      expect(ttl).toBeLessThanOrEqual(3000);
    });

    it('does not refill for negative time when another data plane\'s clock lags', async () => {
      let lagging = T0 - 500;
      const ahead = createLimiterOn(redis, keys, clock);
      const behind = createLimiterOn(redis, keys, () => lagging);
      const request: LimitRequest = { accountId, buckets: [bucket(10, 2)] };
      expect(admittedCount(await checkTimes(ahead, request, 2))).toBe(2);
      expect((await behind.check(request)).admitted).toBe(false);
      lagging = T0 + 100;
      expect((await behind.check(request)).admitted).toBe(true);
      expect((await ahead.check(request)).admitted).toBe(false);
    });

    it('refuses NaN or negative limits instead of sending them to Redis', async () => {
      const limiter = createLimiterOn(redis, keys, clock);
      await expect(limiter.check({ accountId, buckets: [bucket(Number.NaN, 5)] })).rejects.toThrow(RangeError);
      await expect(limiter.check({ accountId, buckets: [bucket(5, -1)] })).rejects.toThrow(RangeError);
      expect(await redis.keys(`${keys.prefix}*`)).toEqual([]);
    });
  });

  describe('AWS throttle levels: the most restrictive wins', () => {
    // Rates are tiny and the clock stands still, so only burst capacities matter here.
    const rate = 0.001;
    const plan: UsagePlanRecord = {
      id: 'plan1', accountId: '', name: 'gold',
      throttle: { rateLimit: rate, burstLimit: 3 },
      apiStages: { 'api1:prod': { '/pets/GET': { rateLimit: rate, burstLimit: 2 } } },
    };
    const request = (keyId: string | undefined, httpMethod: string, stageName = 'prod', account = accountId) => planLimitRequest(keys, {
      accountId: account,
      account: { accountId: account, throttle: { rateLimit: rate, burstLimit: 8 } },
      stage: {
        restApiId: 'api1', stageName,
        methodSettings: stageName === 'prod' ? {
          '*/*': { throttlingRateLimit: rate, throttlingBurstLimit: 6 },
          '/pets/POST': { throttlingRateLimit: rate, throttlingBurstLimit: 3 },
        } : {},
      },
      route: { resourcePath: '/pets', httpMethod },
      client: keyId ? { keyId, plan: { ...plan, accountId: account } } : undefined,
    });
    const run = async (limiter: Limiter, req: LimitRequest, times: number) => {
      const decisions = await checkTimes(limiter, req, times);
      return { admitted: admittedCount(decisions), last: decisions[decisions.length - 1] };
    };

    it('applies per-client-method, per-client, stage-method, stage and account buckets together', async () => {
      const limiter = createLimiterOn(redis, keys, clock);
      // key1 GET: the plan's method throttle (burst 2) is the tightest.
      expect(await run(limiter, request('key1', 'GET'), 3)).toMatchObject({ admitted: 2, last: { throttledBy: 'client-method' } });
      // key1 POST: no method throttle in the plan, but key1's plan throttle (burst 3) has 2 used.
      expect(await run(limiter, request('key1', 'POST'), 2)).toMatchObject({ admitted: 1, last: { throttledBy: 'client' } });
      // key2 POST: its own client buckets are fresh, but the stage's POST setting (burst 3) has 1 used.
      expect(await run(limiter, request('key2', 'POST'), 3)).toMatchObject({ admitted: 2, last: { throttledBy: 'stage-method' } });
      // key3 GET: fresh client buckets, no GET stage setting; the stage-wide */* bucket (burst 6) has 5 used.
      expect(await run(limiter, request('key3', 'GET'), 2)).toMatchObject({ admitted: 1, last: { throttledBy: 'stage' } });
      // Another stage without settings and no key: only the account bucket (burst 8, 6 used) is left.
      expect(await run(limiter, request(undefined, 'GET', 'test'), 3)).toMatchObject({ admitted: 2, last: { throttledBy: 'account' } });
      // A different account has its own account bucket.
      expect((await limiter.check(request(undefined, 'GET', 'test', `${accountId}-other`))).admitted).toBe(true);
    });
  });

  describe('quota', () => {
    const quotaRequest = (limit: number, period: 'DAY' | 'WEEK' | 'MONTH', offset: number): LimitRequest => ({
      accountId,
      buckets: [],
      quota: { planId: 'plan1', keyId: 'key1', limit, period, offset },
      usage: { planId: 'plan1', keyId: 'key1', apiStage: 'api1:prod' },
    });

    it('counts down, answers QUOTA_EXCEEDED with the time to the next window, and resets at UTC midnight', async () => {
      const limiter = createLimiterOn(redis, keys, clock);
      const request = quotaRequest(3, 'DAY', 0);
      const decisions = await checkTimes(limiter, request, 4);
      expect(decisions).toEqual([
        { admitted: true, quotaRemaining: 2 },
        { admitted: true, quotaRemaining: 1 },
        { admitted: true, quotaRemaining: 0 },
        { admitted: false, reason: 'QUOTA_EXCEEDED', retryAfterMs: 12 * 3_600_000 },
      ]);
      now = Date.parse('2031-03-05T23:59:59.999Z');
      expect((await limiter.check(request)).admitted).toBe(false);
      now = Date.parse('2031-03-06T00:00:00.000Z');
      expect(await limiter.check(request)).toEqual({ admitted: true, quotaRemaining: 2 });
    });

    it.each([
      // WEEK, offset 1: weeks start on Monday. 2031-03-09 is a Sunday.
      ['WEEK', 1, '2031-03-03T00:00:00.000Z', '2031-03-09T23:59:59.999Z', '2031-03-10T00:00:00.000Z'],
      // WEEK, offset 0: weeks start on Sunday.
      ['WEEK', 0, '2031-03-02T00:00:00.000Z', '2031-03-08T23:59:59.999Z', '2031-03-09T00:00:00.000Z'],
      // MONTH, offset 0: calendar months.
      ['MONTH', 0, '2031-03-01T00:00:00.000Z', '2031-03-31T23:59:59.999Z', '2031-04-01T00:00:00.000Z'],
      // MONTH, offset 14: months start on the 15th.
      ['MONTH', 14, '2031-02-15T00:00:00.000Z', '2031-03-14T23:59:59.999Z', '2031-03-15T00:00:00.000Z'],
    ] as const)('%s offset %d: one window from %s to %s, fresh at %s', async (period, offset, first, last, next) => {
      const limiter = createLimiterOn(redis, keys, clock);
      const request = quotaRequest(2, period, offset);
      now = Date.parse(first);
      expect((await limiter.check(request)).admitted).toBe(true);
      now = Date.parse(last);
      expect((await limiter.check(request)).admitted).toBe(true);
      const exceeded = await limiter.check(request);
      expect(exceeded).toEqual({ admitted: false, reason: 'QUOTA_EXCEEDED', retryAfterMs: 1 });
      now = Date.parse(next);
      expect(await limiter.check(request)).toEqual({ admitted: true, quotaRemaining: 1 });
    });

    it('UpdateUsage extends or cuts what the limiter admits in the current window, and GetUsage shows it', async () => {
      const limiter = createLimiterOn(redis, keys, clock);
      const request = quotaRequest(2, 'MONTH', 0);
      const target = { accountId, planId: 'plan1', keyId: 'key1', period: 'MONTH' as const, offset: 0, now };
      await checkTimes(limiter, request, 3);
      await adjustQuota(redis, keys, { ...target, delta: 3 });
      expect(await checkTimes(limiter, request, 4)).toEqual([
        { admitted: true, quotaRemaining: 2 },
        { admitted: true, quotaRemaining: 1 },
        { admitted: true, quotaRemaining: 0 },
        { admitted: false, reason: 'QUOTA_EXCEEDED', retryAfterMs: Date.parse('2031-04-01T00:00:00.000Z') - now },
      ]);
      now += 86_400_000;
      await setQuotaRemaining(redis, keys, { ...target, now, limit: 2, remaining: 1 });
      expect((await checkTimes(limiter, request, 2)).map((d) => d.admitted)).toEqual([true, false]);

      const records = await readUsage(redis, keys, { accountId, planId: 'plan1', from: '2031-03-01', to: '2031-03-06' });
      expect(records).toEqual([
        { keyId: 'key1', day: '2031-03-05', apiStage: QUOTA_ADJUSTMENT, count: 3 },
        { keyId: 'key1', day: '2031-03-05', apiStage: 'api1:prod', count: 5 },
        { keyId: 'key1', day: '2031-03-06', apiStage: QUOTA_ADJUSTMENT, count: 1 },
        { keyId: 'key1', day: '2031-03-06', apiStage: 'api1:prod', count: 1 },
      ]);
      expect(usageValues(records, { startDate: '2031-03-05', endDate: '2031-03-06', quota: { limit: 2, offset: 0, period: 'MONTH' } }))
        .toEqual({ key1: [[5, 0], [1, 0]] });
    });

    it('rejects invalid quota settings with a RangeError', async () => {
      const limiter = createLimiterOn(redis, keys, clock);
      await expect(limiter.check(quotaRequest(5, 'DAY', 3))).rejects.toThrow('Quota offset must be 0 for period DAY');
      await expect(limiter.check(quotaRequest(5, 'WEEK', 7))).rejects.toThrow(RangeError);
    });
  });

  describe('a rejected request consumes nothing', () => {
    const request = (burstLimit: number, limit: number): LimitRequest => ({
      accountId,
      buckets: [bucket(0.001, burstLimit)],
      quota: { planId: 'plan1', keyId: 'key1', limit, period: 'DAY', offset: 0 },
      usage: { planId: 'plan1', keyId: 'key1', apiStage: 'api1:prod' },
    });
    const state = async (req: LimitRequest) => ({
      tokens: await tokensOf(req.buckets[0].key),
      used: Number(await redis.get(keys.quotaCounter(accountId, 'plan1', 'key1', 'DAY:2031-03-05'))),
      usage: (await readUsage(redis, keys, { accountId, planId: 'plan1', from: '2031-03-05', to: '2031-03-05' }))
        .reduce((sum, r) => sum + r.count, 0),
    });

    it('throttled: no quota used, no usage counted', async () => {
      const limiter = createLimiterOn(redis, keys, clock);
      const req = request(1, 10);
      expect((await limiter.check(req)).admitted).toBe(true);
      for (let i = 0; i < 5; i++) expect(await limiter.check(req)).toMatchObject({ reason: 'THROTTLED' });
      expect(await state(req)).toEqual({ tokens: 0, used: 1, usage: 1 });
    });

    it('over quota: no tokens taken, no usage counted', async () => {
      const limiter = createLimiterOn(redis, keys, clock);
      const req = request(10, 2);
      await checkTimes(limiter, req, 2);
      for (let i = 0; i < 5; i++) expect(await limiter.check(req)).toMatchObject({ reason: 'QUOTA_EXCEEDED' });
      expect(await state(req)).toEqual({ tokens: 8, used: 2, usage: 2 });
    });
  });

  describe('several data planes sharing Redis', () => {
    let second: Redis;
    beforeAll(() => {
      second = new Redis(REDIS_URL);
    });
    afterAll(async () => {
      await second.quit();
    });

    it('never exceed a quota and count exactly the admitted requests', async () => {
      const planeA = createLimiterOn(redis, keys, clock);
      const planeB = createLimiterOn(second, keys, clock);
      const request: LimitRequest = {
        accountId,
        buckets: [bucket(1_000_000, 1_000_000)],
        quota: { planId: 'plan1', keyId: 'key1', limit: 300, period: 'MONTH', offset: 0 },
        usage: { planId: 'plan1', keyId: 'key1', apiStage: 'api1:prod' },
      };
      // 800 checks in flight at once, half through each connection: the server interleaves them freely.
      const decisions = await Promise.all(Array.from({ length: 800 }, (_, i) => (i % 2 ? planeA : planeB).check(request)));
      expect(admittedCount(decisions)).toBe(300);
      expect(decisions.filter((d) => !d.admitted && d.reason === 'QUOTA_EXCEEDED')).toHaveLength(500);
      const remaining = decisions.flatMap((d) => (d.admitted && d.quotaRemaining !== undefined ? [d.quotaRemaining] : []));
      expect(new Set(remaining).size).toBe(300); // every remaining value 0..299 handed out exactly once
      expect(await readUsage(redis, keys, { accountId, planId: 'plan1', from: '2031-03-05', to: '2031-03-05' }))
        .toEqual([{ keyId: 'key1', day: '2031-03-05', apiStage: 'api1:prod', count: 300 }]);
    });

    it('never hand out more tokens than a bucket holds', async () => {
      const planeA = createLimiterOn(redis, keys, clock);
      const planeB = createLimiterOn(second, keys, clock);
      const request: LimitRequest = {
        accountId,
        buckets: [bucket(0.001, 120)],
        usage: { planId: 'plan1', keyId: 'key1', apiStage: 'api1:prod' },
      };
      const decisions = await Promise.all(Array.from({ length: 500 }, (_, i) => (i % 2 ? planeA : planeB).check(request)));
      expect(admittedCount(decisions)).toBe(120);
      const usage = await readUsage(redis, keys, { accountId, planId: 'plan1', from: '2031-03-05', to: '2031-03-05' });
      expect(usage[0].count).toBe(120);
    });
  });

  describe('script loading', () => {
    it('runs by EVALSHA once loaded and survives SCRIPT FLUSH through the NOSCRIPT fallback', async () => {
      const limiter = createLimiterOn(redis, keys, clock);
      const request: LimitRequest = { accountId, buckets: [bucket(1, 10)] };
      expect((await limiter.check(request)).admitted).toBe(true);
      const { sha } = createScriptRunner(redis, LIMIT_SCRIPT);
      expect(await redis.script('EXISTS', sha)).toEqual([1]);

      await redis.script('FLUSH');
      expect(await redis.script('EXISTS', sha)).toEqual([0]);
      expect((await limiter.check(request)).admitted).toBe(true);
      expect(await redis.script('EXISTS', sha)).toEqual([1]);
      expect(await tokensOf(request.buckets[0].key)).toBe(8);
    });

    it('passes other Redis errors through', async () => {
      const runner = createScriptRunner(redis, 'return redis.call("INCR", KEYS[1])');
      const key = keys.accountBucket(accountId);
      await redis.set(key, 'not a number');
      await expect(runner.run(1, [key])).rejects.toThrow(/not an integer/);
    });
  });
});
