import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { BullJobProducer, CONFIG_PUBLISH_QUEUE, USAGE_FLUSH_QUEUE } from '@tollgate/jobs';
import type { AccountRecord, ApiKeyRecord, ChangeMessage, RedisKeys, UsagePlanRecord } from '@tollgate/model';
import { AccountSettingsRepository, ApiKeyRepository, type TenantScope, UsagePlanKeyRepository, UsagePlanRepository } from '@tollgate/persistence';
import type { DataSource } from 'typeorm';
import { DATABASE_URL, REDIS_URL, sha256, useWorkerTestEnv, waitFor } from '../../test/worker-int-env';
import { startWorker, type WorkerHandle } from '../start-worker';

/** config-publish through real BullMQ, Postgres and Redis: keys, plans and accounts reach Redis and notify. */
describe('config-publish (real BullMQ, Postgres, Redis)', () => {
  let dataSource: DataSource;
  let redis: Redis;
  let keys: RedisKeys;
  let queuePrefix: string;
  let scope: TenantScope;
  let producer: BullJobProducer;
  let worker: WorkerHandle | undefined;

  const env = useWorkerTestEnv({
    queues: [CONFIG_PUBLISH_QUEUE, USAGE_FLUSH_QUEUE],
    listen: true,
    setup: (e) => {
      ({ dataSource, redis, keys, queuePrefix, scope } = e);
      producer = new BullJobProducer({ url: REDIS_URL, prefix: queuePrefix });
      worker = undefined;
    },
    teardown: async () => {
      await worker?.close();
      await producer.close();
    },
  });

  /** Republish-on-start publishes every record of the shared test database: look only at this test's ids. */
  const about = (...ids: string[]): ChangeMessage[] => env.notifications.filter((n) => ids.includes(n.id));
  const get = async <T>(key: string): Promise<T | undefined> => {
    const raw = await redis.get(key);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  };
  const newKey = async (value: string, enabled = true) => new ApiKeyRepository(dataSource).insert(scope, {
    name: 'k', description: null, value, valueSha256: sha256(value), enabled, customerId: null, stageKeys: [], tags: {},
  });
  const newPlan = (id: string) => new UsagePlanRepository(dataSource).insert(scope, id, {
    name: `plan-${id}`, description: null, throttle: { burstLimit: 10, rateLimit: 5 }, quota: { limit: 100, offset: 0, period: 'DAY' },
    apiStages: [{ apiId: 'api0000001', stage: 'prod', throttle: { '/pets/GET': { rateLimit: 1, burstLimit: 2 } } }], productCode: null, tags: {},
  });
  const start = async (): Promise<WorkerHandle> => {
    worker = await startWorker({ databaseUrl: DATABASE_URL, redisUrl: REDIS_URL, keyPrefix: keys.prefix, queuePrefix, usageFlushEveryMs: 0, logger: false });
    return worker;
  };

  it('publishes a plan and a key with its plans, notifies, then follows disable and delete', async () => {
    await start();
    const planId = `p${randomUUID().replace(/-/g, '').slice(0, 9)}`;
    await newPlan(planId);
    const value = `value-${randomUUID()}`;
    const key = (await newKey(value))!;
    await new UsagePlanKeyRepository(dataSource).insert(scope, planId, key.id);

    await producer.enqueue(CONFIG_PUBLISH_QUEUE, 'publish-usage-plan', { accountId: scope.accountId, usagePlanId: planId });
    await producer.enqueue(CONFIG_PUBLISH_QUEUE, 'publish-api-key', { accountId: scope.accountId, keyId: key.id, valueSha256: sha256(value) });
    await waitFor(() => about(planId, sha256(value)).length === 2);
    expect(about(planId, sha256(value))).toEqual(expect.arrayContaining([{ kind: 'plan', id: planId }, { kind: 'apikey', id: sha256(value) }]));
    expect(await get<UsagePlanRecord>(keys.plan(planId))).toEqual({
      id: planId, accountId: scope.accountId, name: `plan-${planId}`, throttle: { burstLimit: 10, rateLimit: 5 },
      quota: { limit: 100, offset: 0, period: 'DAY' }, apiStages: { 'api0000001:prod': { '/pets/GET': { rateLimit: 1, burstLimit: 2 } } },
    });
    expect(await get<ApiKeyRecord>(keys.apiKey(sha256(value)))).toEqual({ id: key.id, accountId: scope.accountId, enabled: true, usagePlanIds: [planId] });
    // The value itself never reaches Redis.
    expect(await redis.keys(`${keys.prefix}*${value}*`)).toEqual([]);

    await new ApiKeyRepository(dataSource).update(scope, key.id, { enabled: false });
    await producer.enqueue(CONFIG_PUBLISH_QUEUE, 'publish-api-key', { accountId: scope.accountId, keyId: key.id, valueSha256: sha256(value) });
    await waitFor(async () => (await get<ApiKeyRecord>(keys.apiKey(sha256(value))))?.enabled === false);

    await new ApiKeyRepository(dataSource).delete(scope, key.id);
    await new UsagePlanRepository(dataSource).delete(scope, planId);
    await producer.enqueue(CONFIG_PUBLISH_QUEUE, 'publish-api-key', { accountId: scope.accountId, keyId: key.id, valueSha256: sha256(value) });
    await producer.enqueue(CONFIG_PUBLISH_QUEUE, 'publish-usage-plan', { accountId: scope.accountId, usagePlanId: planId });
    await waitFor(async () => (await redis.exists(keys.apiKey(sha256(value)), keys.plan(planId))) === 0);
    await waitFor(() => about(planId, sha256(value)).length === 5);
  });

  it("does not delete a record that another key (same value, imported later) owns now", async () => {
    await start();
    const value = `reused-${randomUUID()}`;
    const current = (await newKey(value))!;
    await producer.enqueue(CONFIG_PUBLISH_QUEUE, 'publish-api-key', { accountId: scope.accountId, keyId: current.id, valueSha256: sha256(value) });
    await waitFor(async () => (await redis.exists(keys.apiKey(sha256(value)))) === 1);
    // A late job for the key that had this value before.
    await producer.enqueue(CONFIG_PUBLISH_QUEUE, 'publish-api-key', { accountId: scope.accountId, keyId: 'oldkey0000', valueSha256: sha256(value) });
    await waitFor(() => about(sha256(value)).length === 2);
    expect((await get<ApiKeyRecord>(keys.apiKey(sha256(value))))?.id).toBe(current.id);
  });

  it('publishes account throttle settings (and AWS defaults without settings)', async () => {
    await start();
    await producer.enqueue(CONFIG_PUBLISH_QUEUE, 'publish-account', { accountId: scope.accountId });
    await waitFor(async () => (await redis.exists(keys.account(scope.accountId))) === 1);
    expect(await get<AccountRecord>(keys.account(scope.accountId))).toEqual({ accountId: scope.accountId, throttle: { burstLimit: 5000, rateLimit: 10000 } });

    await new AccountSettingsRepository(dataSource).save(scope.accountId, { throttleBurstLimit: 7, throttleRateLimit: 3.5, cloudwatchRoleArn: null, features: [] });
    await producer.enqueue(CONFIG_PUBLISH_QUEUE, 'publish-account', { accountId: scope.accountId });
    await waitFor(async () => (await get<AccountRecord>(keys.account(scope.accountId)))?.throttle.burstLimit === 7);
    await waitFor(() => about(scope.accountId).length === 2);
    expect(about(scope.accountId)).toEqual([{ kind: 'account', id: scope.accountId }, { kind: 'account', id: scope.accountId }]);
  });

  it('republishes on start what Redis lacks, and leaves what it has', async () => {
    const planId = `p${randomUUID().replace(/-/g, '').slice(0, 9)}`;
    await newPlan(planId);
    const value = `restart-${randomUUID()}`;
    const key = (await newKey(value, false))!;
    await new AccountSettingsRepository(dataSource).save(scope.accountId, { throttleBurstLimit: 9, throttleRateLimit: 9, cloudwatchRoleArn: null, features: [] });
    await redis.set(keys.plan(planId), JSON.stringify({ kept: true }));

    const handle = await start();

    expect(handle.republishedLimits?.republished).toBeGreaterThanOrEqual(2);
    expect(await get<ApiKeyRecord>(keys.apiKey(sha256(value)))).toEqual({ id: key.id, accountId: scope.accountId, enabled: false, usagePlanIds: [] });
    expect(await get<AccountRecord>(keys.account(scope.accountId))).toEqual({ accountId: scope.accountId, throttle: { burstLimit: 9, rateLimit: 9 } });
    expect(await get<unknown>(keys.plan(planId))).toEqual({ kept: true });
    await waitFor(() => about(sha256(value)).length === 1);
    expect(about(sha256(value))).toEqual([{ kind: 'apikey', id: sha256(value) }]);
    expect(about(planId)).toEqual([]);
  });

  it('fails a malformed job permanently without retrying', async () => {
    await start();
    const queue = new Queue(CONFIG_PUBLISH_QUEUE, { prefix: queuePrefix, connection: { url: REDIS_URL } });
    try {
      await queue.add('publish-api-key', { accountId: scope.accountId }, { attempts: 5 });
      await queue.add('no-such-job', {}, { attempts: 5 });
      await waitFor(async () => (await queue.getFailedCount()) === 2);
      const failed = await queue.getFailed();
      expect(failed.map((job) => job.attemptsMade)).toEqual([1, 1]);
      expect(failed.map((job) => job.failedReason).sort()).toEqual([
        'config-publish: unknown job name "no-such-job"',
        'publish-api-key: payload field(s) keyId, valueSha256 must be non-empty strings',
      ]);
    } finally {
      await queue.close();
    }
  });
});
