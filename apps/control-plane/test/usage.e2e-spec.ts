import { randomUUID } from 'node:crypto';
import {
  type APIGatewayClient, CreateApiKeyCommand, CreateUsagePlanCommand, CreateUsagePlanKeyCommand, GetAccountCommand, GetUsageCommand,
  UpdateAccountCommand, UpdateUsageCommand,
} from '@aws-sdk/client-api-gateway';
import { formatUtcDay, usageField, utcDayNumber } from '@tollgate/metering';
import { redisKeys } from '@tollgate/model';
import { UsagePlanRepository, UsageRepository } from '@tollgate/persistence';
import { Redis } from 'ioredis';
import { createTestAccount, failure, type RunningControlPlane, sdkClient, signedFetch, startControlPlane, type TestCredentials, withControlPlane } from './harness';
import { ConfigPublishQueue, deployedApi } from './limits-test-helpers';

let today = utcDayNumber(Date.now());
const day = (offset: number): string => formatUtcDay(today + offset);

/** UpdateUsage works on the server's current quota window: keep the file on one UTC day (it takes seconds). */
async function startClearOfUtcMidnight(marginMs: number): Promise<void> {
  const untilMidnight = 86_400_000 - (Date.now() % 86_400_000);
  if (untilMidnight < marginMs) await new Promise((resolve) => setTimeout(resolve, untilMidnight + 1000));
  today = utcDayNumber(Date.now());
}

describe('Usage, UpdateUsage, account settings and the usage report (real SDK, Postgres, Redis)', () => {
  let cp: RunningControlPlane;
  let account: TestCredentials & { accountId: string };
  let client: APIGatewayClient;
  let other: APIGatewayClient;
  let redis: Redis;
  const keys = redisKeys(`test:${randomUUID()}:`);
  let queue: ConfigPublishQueue;
  let apiId: string;
  let planId: string;
  let keyA: string;
  let keyB: string;

  beforeAll(() => startClearOfUtcMidnight(60_000), 120_000);
  withControlPlane({ redisKeyPrefix: keys.prefix, setupTimeoutMs: 120_000, setup: async (f) => {
    ({ cp, account, client, other } = f);
    redis = new Redis(cp.config.redis.url);
    queue = new ConfigPublishQueue(cp.config.redis.url, cp.queuePrefix);
    apiId = await deployedApi(client, 'prod');
    const plan = await client.send(new CreateUsagePlanCommand({ name: 'metered', apiStages: [{ apiId, stage: 'prod' }], quota: { limit: 100, offset: 0, period: 'MONTH' } }));
    planId = plan.id!;
    keyA = (await client.send(new CreateApiKeyCommand({ name: 'key-a', enabled: true }))).id!;
    keyB = (await client.send(new CreateApiKeyCommand({ name: 'key, "b"', enabled: true }))).id!;
    for (const keyId of [keyA, keyB]) await client.send(new CreateUsagePlanKeyCommand({ usagePlanId: planId, keyId, keyType: 'API_KEY' }));

    // Usage as the data plane counts it (Redis, today) and as usage-flush persisted it (Postgres, yesterday).
    await redis.hset(keys.usageDay(account.accountId, planId, day(0)), usageField(keyA, `${apiId}:prod`), 4);
    await new UsageRepository(cp.dataSource).upsert(account.accountId, planId, [{ keyId: keyA, day: day(-1), apiStage: `${apiId}:prod`, count: 6 }]);
  }, teardown: async () => {
    const written = await redis.keys(`${keys.prefix}*`);
    if (written.length > 0) await redis.del(...written);
    await redis.quit();
    await queue.close();
  } });

  it('GetUsage merges flushed and live counts into [used, remaining] pairs per day (SDK items = wire values)', async () => {
    const usage = await client.send(new GetUsageCommand({ usagePlanId: planId, startDate: day(-1), endDate: day(0) }));
    expect(usage.usagePlanId).toBe(planId);
    expect(usage.startDate).toBe(day(-1));
    expect(usage.endDate).toBe(day(0));
    // Remaining depends on the whole MONTH window, so it is only exact when yesterday is in this month.
    const sameMonth = day(-1).slice(0, 7) === day(0).slice(0, 7);
    expect(usage.items![keyA]).toEqual(sameMonth ? [[6, 94], [4, 90]] : [[6, 94], [4, 96]]);
    expect(usage.items![keyB]).toEqual([[0, 100], [0, 100]]);

    const raw = await signedFetch(cp.url, account, 'GET', `/usageplans/${planId}/usage?startDate=${day(0)}&endDate=${day(0)}&keyId=${keyA}`);
    expect(await raw.json()).toEqual({ usagePlanId: planId, startDate: day(0), endDate: day(0), values: { [keyA]: [[4, sameMonth ? 90 : 96]] } });
  });

  it('pages GetUsage by key', async () => {
    const first = await client.send(new GetUsageCommand({ usagePlanId: planId, startDate: day(0), endDate: day(0), limit: 1 }));
    expect(Object.keys(first.items!)).toHaveLength(1);
    expect(first.position).toBeDefined();
    const second = await client.send(new GetUsageCommand({ usagePlanId: planId, startDate: day(0), endDate: day(0), limit: 1, position: first.position }));
    expect(Object.keys({ ...first.items, ...second.items }).sort()).toEqual([keyA, keyB].sort());
    expect(second.position).toBeUndefined();
  });

  it('validates GetUsage dates and the plan', async () => {
    expect(await failure(client.send(new GetUsageCommand({ usagePlanId: planId, startDate: '2026-13-01', endDate: day(0) }))))
      .toMatchObject({ name: 'BadRequestException', message: expect.stringContaining('startDate') });
    expect(await failure(client.send(new GetUsageCommand({ usagePlanId: planId, startDate: day(0), endDate: day(-1) }))))
      .toMatchObject({ name: 'BadRequestException', message: expect.stringContaining("'endDate'") });
    expect((await failure(client.send(new GetUsageCommand({ usagePlanId: 'missing000', startDate: day(0), endDate: day(0) })))).name).toBe('NotFoundException');
    expect((await failure(other.send(new GetUsageCommand({ usagePlanId: planId, startDate: day(0), endDate: day(0) })))).name).toBe('NotFoundException');
  });

  it('UpdateUsage replaces the remaining quota of the current window', async () => {
    const usage = await client.send(new UpdateUsageCommand({ usagePlanId: planId, keyId: keyB, patchOperations: [{ op: 'replace', path: '/remaining', value: '250' }] }));
    expect(usage.items![keyB].at(-1)).toEqual([0, 250]);
    const after = await client.send(new GetUsageCommand({ usagePlanId: planId, startDate: day(0), endDate: day(0), keyId: keyB }));
    expect(after.items![keyB]).toEqual([[0, 250]]);

    expect(await failure(client.send(new UpdateUsageCommand({ usagePlanId: planId, keyId: keyB, patchOperations: [{ op: 'replace', path: '/remaining', value: '-1' }] }))))
      .toMatchObject({ name: 'BadRequestException', message: expect.stringContaining('/remaining') });
    expect(await failure(client.send(new UpdateUsageCommand({ usagePlanId: planId, keyId: keyB, patchOperations: [{ op: 'replace', path: '/used', value: '1' }] }))))
      .toMatchObject({ name: 'BadRequestException', message: expect.stringContaining("Invalid patch path '/used'") });
    expect((await failure(client.send(new UpdateUsageCommand({ usagePlanId: planId, keyId: 'nokey00000', patchOperations: [{ op: 'replace', path: '/remaining', value: '1' }] })))).name)
      .toBe('NotFoundException');
  });

  it('serves the usage report as CSV (header row, names, escaping) and JSON, current to the request', async () => {
    await redis.hset(keys.usageDay(account.accountId, planId, day(0)), usageField(keyB, `${apiId}:prod`), 2);
    const csv = await signedFetch(cp.url, account, 'GET', `/tollgate/usage-report?startDate=${day(-1)}&endDate=${day(0)}&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect((await csv.text()).split('\r\n')).toEqual([
      'date,usagePlanId,usagePlanName,keyId,keyName,restApiId,stage,requests',
      `${day(-1)},${planId},metered,${keyA},key-a,${apiId},prod,6`,
      ...[[keyA, 'key-a', 4], [keyB, '"key, ""b"""', 2]].sort((a, b) => String(a[0]).localeCompare(String(b[0])))
        .map(([id, name, count]) => `${day(0)},${planId},metered,${id},${name},${apiId},prod,${count}`),
      '',
    ]);

    const json = await signedFetch(cp.url, account, 'GET', `/tollgate/usage-report?startDate=${day(0)}&endDate=${day(0)}&keyId=${keyA}`);
    expect(await json.json()).toEqual({
      startDate: day(0), endDate: day(0),
      items: [{ date: day(0), usagePlanId: planId, usagePlanName: 'metered', keyId: keyA, keyName: 'key-a', restApiId: apiId, stage: 'prod', requests: 4 }],
    });
    const bad = await signedFetch(cp.url, account, 'GET', `/tollgate/usage-report?startDate=${day(0)}&endDate=${day(0)}&format=xml`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('x-amzn-errortype')).toBe('BadRequestException');
    const missingEnd = await signedFetch(cp.url, account, 'GET', `/tollgate/usage-report?startDate=${day(0)}`);
    expect(missingEnd.status).toBe(400);
  });

  it('GetAccount answers AWS defaults; UpdateAccount changes the throttle and enqueues publish-account', async () => {
    expect(await client.send(new GetAccountCommand({}))).toMatchObject({ throttleSettings: { burstLimit: 5000, rateLimit: 10000 }, features: ['UsagePlans'], apiKeyVersion: '4' });
    const updated = await client.send(new UpdateAccountCommand({ patchOperations: [
      { op: 'replace', path: '/throttle/burstLimit', value: '200' },
      { op: 'replace', path: '/throttle/rateLimit', value: '100.5' },
      { op: 'replace', path: '/cloudwatchRoleArn', value: 'arn:aws:iam::123456789012:role/apigw-logs' },
    ] }));
    expect(updated).toMatchObject({ throttleSettings: { burstLimit: 200, rateLimit: 100.5 }, cloudwatchRoleArn: 'arn:aws:iam::123456789012:role/apigw-logs' });
    expect(await client.send(new GetAccountCommand({}))).toMatchObject({ throttleSettings: { burstLimit: 200, rateLimit: 100.5 } });
    expect(await queue.jobs()).toContainEqual({ name: 'publish-account', data: { accountId: account.accountId } });
    // Settings are per account.
    expect((await other.send(new GetAccountCommand({}))).throttleSettings).toEqual({ burstLimit: 5000, rateLimit: 10000 });

    expect(await failure(client.send(new UpdateAccountCommand({ patchOperations: [{ op: 'replace', path: '/cloudwatchRoleArn', value: 'not-an-arn' }] }))))
      .toMatchObject({ name: 'BadRequestException', message: 'The role ARN is not well formed: not-an-arn' });
    expect(await failure(client.send(new UpdateAccountCommand({ patchOperations: [{ op: 'replace', path: '/throttle/burstLimit', value: 'many' }] }))))
      .toMatchObject({ name: 'BadRequestException', message: expect.stringContaining('/throttle/burstLimit') });
    expect((await failure(client.send(new UpdateAccountCommand({ patchOperations: [{ op: 'replace', path: '/apiKeyVersion', value: '3' }] })))).name).toBe('BadRequestException');
  });
});

describe('Usage when Redis is unreachable', () => {
  it('answers 503 ServiceUnavailableException instead of under-counting', async () => {
    const cp = await startControlPlane({ config: { redis: { url: 'redis://127.0.0.1:1', keyPrefix: `test:${randomUUID()}:` } } });
    const account = await createTestAccount(cp.dataSource);
    const client = sdkClient(cp.url, account);
    try {
      // Written directly: CreateUsagePlan would enqueue its publish job on the same unreachable Redis.
      const plan = await new UsagePlanRepository(cp.dataSource).insert({ accountId: account.accountId, region: 'us-east-1' }, `u${randomUUID().slice(0, 9).replace(/-/g, '0')}`, {
        name: 'offline', description: null, throttle: null, quota: null, apiStages: [], productCode: null, tags: {},
      });
      expect(await failure(client.send(new GetUsageCommand({ usagePlanId: plan.id, startDate: day(0), endDate: day(0) }))))
        .toEqual({ name: 'ServiceUnavailableException', message: 'Usage counters are temporarily unavailable; retry later', status: 503 });
    } finally {
      client.destroy();
      await cp.close();
    }
  });
});
