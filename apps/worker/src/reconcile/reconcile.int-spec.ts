import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { CONFIG_PUBLISH_QUEUE, DEPLOYMENT_PUBLISH_QUEUE, RECONCILE_QUEUE, USAGE_FLUSH_QUEUE } from '@tollgate/jobs';
import type { AccountRecord, ApiKeyRecord, ChangeMessage, RedisKeys, StageRecord, UsagePlanRecord } from '@tollgate/model';
import {
  AccountSettingsRepository, ApiKeyRepository, DeploymentRepository, StageRepository, type TenantScope, UsagePlanRepository,
} from '@tollgate/persistence';
import { buildSnapshot, testId } from '@tollgate/testing';
import type { DataSource } from 'typeorm';
import { DATABASE_URL, insertRestApi, REDIS_URL, sha256, useWorkerTestEnv, waitFor } from '../../test/worker-int-env';
import { startWorker, type WorkerHandle } from '../start-worker';
import { RecordSwap } from './record-swap';

/**
 * The reconciler against real Postgres, Redis and BullMQ. Changes are made in Postgres without any job (as
 * when an enqueue was lost); one pass must bring Redis back in line and notify the data planes. Each pass
 * covers the whole shared test database, so assertions look only at this test's ids.
 */
describe('reconcile (real Postgres, Redis, BullMQ)', () => {
  let dataSource: DataSource;
  let redis: Redis;
  let keys: RedisKeys;
  let queuePrefix: string;
  let scope: TenantScope;
  let restApiId: string;
  let worker: WorkerHandle | undefined;

  const env = useWorkerTestEnv({
    queues: [DEPLOYMENT_PUBLISH_QUEUE, CONFIG_PUBLISH_QUEUE, USAGE_FLUSH_QUEUE, RECONCILE_QUEUE],
    listen: true,
    setup: async (e) => {
      ({ dataSource, redis, keys, queuePrefix, scope } = e);
      restApiId = await insertRestApi(dataSource, scope, 'reconcile-test');
      worker = undefined;
    },
    teardown: async () => {
      await worker?.close();
    },
  });
  const about = (...ids: string[]): ChangeMessage[] => env.notifications.filter((n) => ids.includes(n.id));

  const get = async <T>(key: string): Promise<T | undefined> => {
    const raw = await redis.get(key);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  };
  /** Settles the notifications a pass published (pub/sub delivery is asynchronous). */
  const settle = async (): Promise<void> => {
    const marker = `settle-${randomUUID()}`;
    await redis.publish(keys.changesChannel(), JSON.stringify({ kind: 'stage', id: marker }));
    await waitFor(() => about(marker).length === 1);
  };
  /** Starts the worker, then forgets what its start-up republish announced. */
  const start = async (reconcileEveryMs = 0): Promise<WorkerHandle> => {
    worker = await startWorker({ databaseUrl: DATABASE_URL, redisUrl: REDIS_URL, keyPrefix: keys.prefix, queuePrefix, usageFlushEveryMs: 0, reconcileEveryMs, logger: false });
    await settle();
    env.notifications = [];
    return worker;
  };
  /** Stores a deployment and points `stageName` at it, in Postgres only (no job). */
  const deploy = async (stageName: string): Promise<string> => {
    const snapshot = buildSnapshot({ ...scope, restApiId });
    await new DeploymentRepository(dataSource).create(scope, {
      id: snapshot.deploymentId, restApiId, description: null, snapshot, snapshotHash: snapshot.hash, createdDate: new Date(),
    }, { stageName });
    return snapshot.deploymentId;
  };
  const stage = (stageName: string): Promise<StageRecord | undefined> => get<StageRecord>(keys.stage(restApiId, stageName));

  it('republishes a stage changed in Postgres without a job, in one pass, and notifies once', async () => {
    const first = await deploy('prod');
    await start();
    expect((await stage('prod'))?.deploymentId).toBe(first);
    const second = await deploy('prod');
    await deploy('beta'); // a new stage whose publish job was lost

    const summary = await worker!.reconcile();

    expect(await stage('prod')).toMatchObject({ ...scope, restApiId, stageName: 'prod', deploymentId: second });
    expect((await stage('beta'))?.stageName).toBe('beta');
    expect(await redis.exists(keys.snapshot(second))).toBe(1);
    expect(summary.stages.repaired).toBeGreaterThanOrEqual(2);
    await settle();
    expect(about(`${restApiId}:prod`, `${restApiId}:beta`)).toEqual(expect.arrayContaining([
      { kind: 'stage', id: `${restApiId}:prod` }, { kind: 'stage', id: `${restApiId}:beta` },
    ]));

    // Idempotent: a second pass over a consistent Redis changes and announces nothing of ours.
    const before = await redis.get(keys.stage(restApiId, 'prod'));
    await worker!.reconcile();
    await settle();
    expect(await redis.get(keys.stage(restApiId, 'prod'))).toBe(before);
    expect(about(`${restApiId}:prod`, `${restApiId}:beta`)).toHaveLength(2);
  });

  it('republishes a stage whose snapshot Redis lost, and follows a canary', async () => {
    const deploymentId = await deploy('prod');
    await start();
    await redis.del(keys.snapshot(deploymentId));
    const canaryId = await deploy('other');
    await new StageRepository(dataSource).modify(scope, restApiId, 'prod', (s) => {
      s.canarySettings = { percentTraffic: 10, deploymentId: canaryId, stageVariableOverrides: {}, useStageCache: false };
      s.lastUpdatedDate = new Date(s.lastUpdatedDate.getTime() + 1);
    });

    await worker!.reconcile();

    expect(await redis.exists(keys.snapshot(deploymentId), keys.snapshot(canaryId))).toBe(2);
    expect((await stage('prod'))?.canarySettings).toEqual({ percentTraffic: 10, deploymentId: canaryId, stageVariableOverrides: {}, useStageCache: false });
  });

  it('replaces a record with a later updatedAt than Postgres (clock skew, restore): Postgres wins', async () => {
    const deploymentId = await deploy('prod');
    await start();
    const published = (await stage('prod'))!;
    const other = await deploy('other');
    await redis.set(keys.stage(restApiId, 'prod'), JSON.stringify({ ...published, deploymentId: other, updatedAt: published.updatedAt + 86_400_000 }));

    const summary = await worker!.reconcile();

    expect(await stage('prod')).toEqual(published);
    expect((await stage('prod'))?.deploymentId).toBe(deploymentId);
    expect(summary.stages.repaired).toBeGreaterThanOrEqual(1);
    await settle();
    expect(about(`${restApiId}:prod`)).toEqual([{ kind: 'stage', id: `${restApiId}:prod` }]);
  });

  it('removes stage records whose Postgres stage is gone, and unreadable ones', async () => {
    await deploy('prod');
    await deploy('gone');
    await start();
    expect(await stage('gone')).toBeDefined();
    await new StageRepository(dataSource).delete(scope, restApiId, 'gone'); // unpublish job lost
    const ghostApi = testId('g');
    const ghost: StageRecord = {
      schemaVersion: 1, accountId: scope.accountId, region: 'us-east-1', restApiId: ghostApi, stageName: 'dev', deploymentId: testId('d'),
      variables: {}, methodSettings: {}, cacheClusterEnabled: false, tracingEnabled: false, updatedAt: Date.now(),
    };
    await redis.set(keys.stage(ghostApi, 'dev'), JSON.stringify(ghost));
    await redis.set(keys.stage(ghostApi, 'junk'), 'not json');
    // Names a live stage, but sits under another key: garbage there.
    await redis.set(keys.stage(ghostApi, 'alias'), JSON.stringify({ ...(await stage('prod'))! }));

    const summary = await worker!.reconcile();

    expect(await redis.exists(keys.stage(restApiId, 'gone'), keys.stage(ghostApi, 'dev'), keys.stage(ghostApi, 'junk'), keys.stage(ghostApi, 'alias'))).toBe(0);
    expect(await stage('prod')).toBeDefined();
    expect(summary.stages.removed).toBeGreaterThanOrEqual(4);
    await settle();
    expect(about(`${restApiId}:gone`, `${ghostApi}:dev`, `${ghostApi}:junk`, `${ghostApi}:alias`)).toHaveLength(4);
    expect(about(`${restApiId}:prod`)).toEqual([]);
  });

  it('fixes stale api key, usage plan and account records and removes orphaned ones', async () => {
    const value = `reconcile-${randomUUID()}`;
    const key = (await new ApiKeyRepository(dataSource).insert(scope, {
      name: 'k', description: null, value, valueSha256: sha256(value), enabled: true, customerId: null, stageKeys: [], tags: {},
    }))!;
    const planId = `p${randomUUID().replace(/-/g, '').slice(0, 9)}`;
    await new UsagePlanRepository(dataSource).insert(scope, planId, {
      name: 'plan', description: null, throttle: { burstLimit: 10, rateLimit: 5 }, quota: null, apiStages: [], productCode: null, tags: {},
    });
    await new AccountSettingsRepository(dataSource).save(scope.accountId, { throttleBurstLimit: 7, throttleRateLimit: 3, cloudwatchRoleArn: null, features: [] });
    await start();
    expect((await get<ApiKeyRecord>(keys.apiKey(sha256(value))))?.enabled).toBe(true);

    // Changes whose config-publish jobs were lost, and records nothing in Postgres backs.
    await new ApiKeyRepository(dataSource).update(scope, key.id, { enabled: false });
    await new UsagePlanRepository(dataSource).update(scope, planId, { name: 'renamed' });
    await new AccountSettingsRepository(dataSource).save(scope.accountId, { throttleBurstLimit: 9, throttleRateLimit: 4, cloudwatchRoleArn: null, features: [] });
    const ghostHash = sha256(`ghost-${randomUUID()}`);
    await redis.set(keys.apiKey(ghostHash), JSON.stringify({ id: 'ghostkey00', accountId: scope.accountId, enabled: true, usagePlanIds: [] }));
    await redis.set(keys.plan('ghostplan0'), JSON.stringify({ id: 'ghostplan0', accountId: scope.accountId, name: 'x', apiStages: {} }));
    await redis.set(keys.account('999999999999'), JSON.stringify({ accountId: '999999999999', throttle: { burstLimit: 1, rateLimit: 1 } }));

    const summary = await worker!.reconcile();

    expect(await get<ApiKeyRecord>(keys.apiKey(sha256(value)))).toEqual({ id: key.id, accountId: scope.accountId, enabled: false, usagePlanIds: [] });
    expect((await get<UsagePlanRecord>(keys.plan(planId)))?.name).toBe('renamed');
    expect(await get<AccountRecord>(keys.account(scope.accountId))).toEqual({ accountId: scope.accountId, throttle: { burstLimit: 9, rateLimit: 4 } });
    expect(await redis.exists(keys.apiKey(ghostHash), keys.plan('ghostplan0'), keys.account('999999999999'))).toBe(0);
    expect(summary.apiKeys).toMatchObject({ repaired: expect.any(Number), removed: expect.any(Number) });
    expect(summary.apiKeys.repaired + summary.apiKeys.removed).toBeGreaterThanOrEqual(2);
    expect(summary.usagePlans.repaired + summary.usagePlans.removed).toBeGreaterThanOrEqual(2);
    expect(summary.accounts.repaired + summary.accounts.removed).toBeGreaterThanOrEqual(2);
    await settle();
    expect(about(sha256(value), ghostHash, planId, 'ghostplan0', scope.accountId, '999999999999')).toEqual(expect.arrayContaining([
      { kind: 'apikey', id: sha256(value) }, { kind: 'apikey', id: ghostHash }, { kind: 'plan', id: planId },
      { kind: 'plan', id: 'ghostplan0' }, { kind: 'account', id: scope.accountId }, { kind: 'account', id: '999999999999' },
    ]));

    // Deleting the key and the plan (jobs lost again) removes their records on the next pass.
    await new ApiKeyRepository(dataSource).delete(scope, key.id);
    await new UsagePlanRepository(dataSource).delete(scope, planId);
    await worker!.reconcile();
    expect(await redis.exists(keys.apiKey(sha256(value)), keys.plan(planId))).toBe(0);
  });

  it('runs at start and then as the repeating BullMQ job, without any publish job', async () => {
    const first = await deploy('prod');
    await redis.set(keys.stage(testId('g'), 'orphan'), JSON.stringify({ restApiId: 'nope' }));
    const handle = await start(200);
    expect(handle.reconciled?.stages.checked).toBeGreaterThanOrEqual(1);
    expect((await stage('prod'))?.deploymentId).toBe(first);
    expect(await redis.keys(`${keys.prefix}stage:*orphan`)).toEqual([]);

    const second = await deploy('prod');
    await waitFor(async () => (await stage('prod'))?.deploymentId === second);
    expect(await redis.exists(keys.snapshot(second))).toBe(1);
  });

  it('swaps a record only if it still holds what the reconciler read', async () => {
    const swap = new RecordSwap(redis, keys);
    const key = keys.plan('swapplan00');
    const change: ChangeMessage = { kind: 'plan', id: 'swapplan00' };
    await redis.set(key, 'newer');
    expect(await swap.swap(key, 'older', 'repaired', change)).toBe(false);
    expect(await swap.swap(key, null, 'repaired', change)).toBe(false);
    expect(await redis.get(key)).toBe('newer');
    expect(await swap.swap(key, 'newer', 'repaired', change)).toBe(true);
    expect(await redis.get(key)).toBe('repaired');
    expect(await swap.swap(key, 'repaired', null, change)).toBe(true);
    expect(await redis.exists(key)).toBe(0);
    expect(await swap.swap(key, null, 'created', change)).toBe(true);
    expect(await redis.get(key)).toBe('created');
    await settle();
    expect(about('swapplan00')).toHaveLength(3);
  });
});
