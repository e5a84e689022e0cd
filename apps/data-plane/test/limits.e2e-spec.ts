import { Redis } from 'ioredis';
import pino from 'pino';
import { readUsage } from '@tollgate/metering';
import type { ApiKeyRecord, StageRecord, UsagePlanRecord } from '@tollgate/model';
import { RedisSnapshotStore } from '@tollgate/snapshot-store';
import { buildMethod, buildResource, buildSnapshot, buildStageRecord, testId } from '@tollgate/testing';
import { compileSnapshot, type CompiledSnapshot } from '@tollgate/execute-api';
import { createRedisLimits, type RedisLimits } from '@tollgate/execute-api';
import { startDataPlane, type RunningDataPlane } from '../src/server';
import { eventually, invoke, RecordWriter, REDIS_URL, type Reply, testAccountId, testKeys } from './limits.fixture';

const DAY_MS = 86_400_000;
const API = testId('l');
const ACCOUNT = testAccountId();
const API_STAGE = `${API}:dev`;

/** One data plane in-process on its own connections, reading Redis under the test's key prefix. */
interface Plane {
  running: RunningDataPlane;
  limits: RedisLimits;
  store: RedisSnapshotStore<CompiledSnapshot>;
  connections: Redis[];
}

function expectGatewayError(reply: Reply, status: number, message: string, errorType: string): void {
  expect(reply.status).toBe(status);
  expect(JSON.parse(reply.body)).toEqual({ message });
  expect(reply.headers['x-amzn-errortype']).toBe(errorType);
  expect(reply.headers['content-type']).toBe('application/json');
}

describe('data plane API keys, throttles and quotas (real Redis)', () => {
  const keys = testKeys();
  let now = Date.UTC(2031, 4, 14, 12, 0, 0);
  const clock = () => now;
  let admin: Redis;
  let writer: RecordWriter;
  let plane: Plane;
  const snapshot = buildSnapshot({
    restApiId: API, accountId: ACCOUNT,
    resources: [
      buildResource('/'),
      buildResource('/open', { GET: buildMethod() }),
      buildResource('/stage-throttled', { GET: buildMethod() }),
      buildResource('/keyed', { GET: buildMethod({ apiKeyRequired: true }) }),
      buildResource('/burst', { GET: buildMethod({ apiKeyRequired: true }) }),
    ],
  });
  let stageRecord: StageRecord;

  const plan = (id: string, extra: Partial<UsagePlanRecord> = {}): UsagePlanRecord => ({
    id, accountId: ACCOUNT, name: id, throttle: { rateLimit: 1000, burstLimit: 1000 }, apiStages: { [API_STAGE]: {} }, ...extra,
  });
  const key = (id: string, usagePlanIds: string[], enabled = true): ApiKeyRecord => ({ id, accountId: ACCOUNT, enabled, usagePlanIds });

  async function startPlane(): Promise<Plane> {
    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    const subscriber = redis.duplicate();
    const limiterRedis = redis.duplicate({ enableAutoPipelining: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, commandTimeout: 500 });
    const logger = pino({ level: 'silent' });
    const store = new RedisSnapshotStore<CompiledSnapshot>({ redis, subscriber, keys, compile: compileSnapshot, logger });
    await store.start();
    const limits = await createRedisLimits({ redis, subscriber, limiterRedis, keys, logger, clock });
    if (limiterRedis.status !== 'ready') await new Promise((resolve) => limiterRedis.once('ready', resolve));
    const running = await startDataPlane({ store, limits: limits.services, httpPort: 0, logger });
    return { running, limits, store, connections: [redis, subscriber, limiterRedis] };
  }

  async function stopPlane(stopping: Plane): Promise<void> {
    await stopping.running.close();
    stopping.limits.close();
    await stopping.store.close().catch(() => undefined);
    // A second disconnect() of an ended connection would leave ioredis's 2 s destroy timer running.
    for (const connection of stopping.connections) if (connection.status !== 'end') connection.disconnect();
  }

  const get = (path: string, apiKey?: string, on: Plane = plane) =>
    invoke(on.running.httpUrl, API, `/dev${path}`, apiKey === undefined ? {} : { 'X-Api-Key': apiKey });

  beforeAll(async () => {
    admin = new Redis(REDIS_URL);
    writer = new RecordWriter(admin, keys);
    stageRecord = buildStageRecord({ stageName: 'dev', accountId: ACCOUNT }, snapshot);
    await writer.publishStage(snapshot, stageRecord);
    await writer.putPlan(plan('gold', { apiStages: { [API_STAGE]: { '/burst/GET': { burstLimit: 3, rateLimit: 1 } } } }));
    await writer.putPlan(plan('quota', { quota: { limit: 2, offset: 0, period: 'DAY' } }));
    await writer.putPlan(plan('prod-only', { apiStages: { [`${API}:prod`]: {} } }));
    await writer.putApiKey('gold-key', key('kgold', ['prod-only', 'gold']));
    await writer.putApiKey('quota-key', key('kquota', ['quota']));
    await writer.putApiKey('disabled-key', key('kdisabled', ['gold'], false));
    await writer.putApiKey('prod-key', key('kprod', ['prod-only']));
    plane = await startPlane();
  });

  afterAll(async () => {
    await stopPlane(plane);
    await writer.deleteAll();
    admin.disconnect();
  });

  it('admits a valid key (header name case-insensitive) and serves open methods without one', async () => {
    expect((await get('/keyed', 'gold-key')).status).toBe(200);
    expect((await get('/open')).status).toBe(200);
  });

  it.each([
    ['no key', undefined],
    ['an unknown key', 'no-such-key'],
    ['a disabled key', 'disabled-key'],
    ['a key whose plans do not include this stage', 'prod-key'],
  ])('answers 403 Forbidden (ForbiddenException) for %s', async (_what, apiKey) => {
    expectGatewayError(await get('/keyed', apiKey), 403, 'Forbidden', 'ForbiddenException');
  });

  it('throttles a burst with 429 Too Many Requests and refills with time (injected clock)', async () => {
    for (let i = 0; i < 3; i++) expect((await get('/burst', 'gold-key')).status).toBe(200);
    expectGatewayError(await get('/burst', 'gold-key'), 429, 'Too Many Requests', 'TooManyRequestsException');
    now += 1000; // rateLimit 1/s: exactly one token back
    expect((await get('/burst', 'gold-key')).status).toBe(200);
    expectGatewayError(await get('/burst', 'gold-key'), 429, 'Too Many Requests', 'TooManyRequestsException');
    // The method-level plan throttle is per method: the same key is not throttled elsewhere.
    expect((await get('/keyed', 'gold-key')).status).toBe(200);
  });

  it('enforces the quota with 429 Limit Exceeded, rolls over at the next UTC day, and counts exactly the admitted requests', async () => {
    const firstDay = now;
    expect((await get('/keyed', 'quota-key')).status).toBe(200);
    expect((await get('/keyed', 'quota-key')).status).toBe(200);
    expectGatewayError(await get('/keyed', 'quota-key'), 429, 'Limit Exceeded', 'LimitExceededException');
    expectGatewayError(await get('/keyed', 'quota-key'), 429, 'Limit Exceeded', 'LimitExceededException');
    now = Math.floor(firstDay / DAY_MS) * DAY_MS + DAY_MS + 1; // 00:00:00.001 UTC the next day
    expect((await get('/keyed', 'quota-key')).status).toBe(200);
    const usage = await readUsage(admin, keys, { accountId: ACCOUNT, planId: 'quota', from: '2031-05-14', to: '2031-05-15' });
    expect(usage.map(({ keyId, day, apiStage, count }) => ({ keyId, day, apiStage, count })).sort((a, b) => a.day.localeCompare(b.day))).toEqual([
      { keyId: 'kquota', day: '2031-05-14', apiStage: API_STAGE, count: 2 },
      { keyId: 'kquota', day: '2031-05-15', apiStage: API_STAGE, count: 1 },
    ]);
  });

  it('applies stage method throttles to callers without a key, and a stage change takes effect within a second', async () => {
    expect((await get('/stage-throttled')).status).toBe(200);
    stageRecord = { ...stageRecord, methodSettings: { '/stage-throttled/GET': { throttlingBurstLimit: 0, throttlingRateLimit: 0 } }, updatedAt: now };
    await writer.publishStage(snapshot, stageRecord);
    const tookMs = await eventually(async () => (await get('/stage-throttled')).status === 429, 1000);
    expect(tookMs).toBeGreaterThanOrEqual(0);
    expectGatewayError(await get('/stage-throttled'), 429, 'Too Many Requests', 'TooManyRequestsException');
    expect((await get('/open')).status).toBe(200);
  });

  it('a new key works, a disabled key stops and a plan throttle change applies within a second, without redeploying', async () => {
    expectGatewayError(await get('/keyed', 'late-key'), 403, 'Forbidden', 'ForbiddenException'); // now remembered as unknown
    await writer.putPlan(plan('flex'));
    await writer.putApiKey('late-key', key('klate', ['flex']));
    expect(await eventually(async () => (await get('/keyed', 'late-key')).status === 200, 1000)).toBeGreaterThanOrEqual(0);

    await writer.putPlan(plan('flex', { throttle: { burstLimit: 0, rateLimit: 0 } }));
    expect(await eventually(async () => (await get('/keyed', 'late-key')).status === 429, 1000)).toBeGreaterThanOrEqual(0);

    await writer.putApiKey('late-key', key('klate', ['flex'], false));
    expect(await eventually(async () => (await get('/keyed', 'late-key')).status === 403, 1000)).toBeGreaterThanOrEqual(0);
  });

  it('an account throttle record replaces the AWS default for every caller of the account', async () => {
    await writer.putAccount({ accountId: ACCOUNT, throttle: { burstLimit: 0, rateLimit: 0 } });
    expect(await eventually(async () => (await get('/open')).status === 429, 1000)).toBeGreaterThanOrEqual(0);
    expectGatewayError(await get('/keyed', 'gold-key'), 429, 'Too Many Requests', 'TooManyRequestsException');
    await writer.putAccount({ accountId: ACCOUNT, throttle: { burstLimit: 5000, rateLimit: 10000 } });
    expect(await eventually(async () => (await get('/open')).status === 200, 1000)).toBeGreaterThanOrEqual(0);
  });

  it('Redis down: known keys keep working and limits fail open (uncounted); an unverifiable new key fails closed with 500', async () => {
    const isolated = await startPlane();
    try {
      expect((await get('/burst', 'gold-key', isolated)).status).toBe(200); // loads key, plans, account, stage
      const before = await readUsage(admin, keys, { accountId: ACCOUNT, planId: 'gold', from: '2031-05-15', to: '2031-05-15' });
      for (const connection of isolated.connections) connection.disconnect();

      // The gold key's /burst bucket allows 3; with Redis unreachable nothing is throttled.
      for (let i = 0; i < 5; i++) expect((await get('/burst', 'gold-key', isolated)).status).toBe(200);
      expectGatewayError(await get('/keyed', 'never-seen-key', isolated), 500, 'Internal server error', 'InternalServerErrorException');
      expectGatewayError(await get('/keyed', 'disabled-key', isolated), 500, 'Internal server error', 'InternalServerErrorException');

      const after = await readUsage(admin, keys, { accountId: ACCOUNT, planId: 'gold', from: '2031-05-15', to: '2031-05-15' });
      expect(after).toEqual(before);
    } finally {
      await stopPlane(isolated);
    }
  });
});
