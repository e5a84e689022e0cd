import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { redisKeys, type ChangeMessage, type RedisKeys, type Snapshot, type StageRecord } from '@tollgate/model';
import { buildMethod, buildResource, buildSnapshot, buildStageRecord } from '@tollgate/testing';
import { RedisSnapshotStore } from './redis-snapshot-store';
import { snapshotContentHash } from './snapshot-hash';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const API = 'apist0re01';

function hashed(snapshot: Snapshot): Snapshot {
  return { ...snapshot, hash: snapshotContentHash(snapshot) };
}

function snapshotFor(deploymentId: string): Snapshot {
  return hashed(buildSnapshot({
    deploymentId, restApiId: API,
    resources: [buildResource('/'), buildResource('/pets', { GET: buildMethod({ operationName: deploymentId }) })],
  }));
}

/** Polls on a deadline (pub/sub delivery can take a while on a loaded machine), not a fixed number of tries. */
async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for: ${what}`);
}

describe('RedisSnapshotStore (real Redis)', () => {
  let redis: Redis;
  let subscriber: Redis;
  let keys: RedisKeys;
  let store: RedisSnapshotStore;

  const writeSnapshot = (snapshot: Snapshot | object, deploymentId: string) =>
    redis.set(keys.snapshot(deploymentId), JSON.stringify(snapshot));
  const writeStage = (record: StageRecord) => redis.set(keys.stage(record.restApiId, record.stageName), JSON.stringify(record));
  const notify = (stageName = 'dev') =>
    redis.publish(keys.changesChannel(), JSON.stringify({ kind: 'stage', id: `${API}:${stageName}` } satisfies ChangeMessage));
  const record = (deploymentId: string, overrides: Partial<StageRecord> = {}) =>
    buildStageRecord({ restApiId: API, stageName: 'dev', deploymentId, ...overrides });

  beforeEach(async () => {
    keys = redisKeys(`test:${randomUUID()}:`);
    redis = new Redis(REDIS_URL);
    subscriber = redis.duplicate();
    store = new RedisSnapshotStore({ redis, subscriber, keys, negativeTtlMs: 60_000 });
    await store.start();
  });

  afterEach(async () => {
    await store.close();
    const cleaner = new Redis(REDIS_URL);
    const written = await cleaner.keys(`${keys.prefix}*`);
    if (written.length > 0) await cleaner.del(...written);
    await cleaner.quit();
    if (redis.status === 'ready') await redis.quit();
    await subscriber.quit();
  });

  it('loads the canary deployment beside the main one, with stageVariableOverrides merged into its variables', async () => {
    await writeSnapshot(snapshotFor('dep0000001'), 'dep0000001');
    await writeSnapshot(snapshotFor('can0000001'), 'can0000001');
    await writeStage(record('dep0000001', {
      variables: { color: 'blue', size: 'm' },
      canarySettings: { deploymentId: 'can0000001', percentTraffic: 25, stageVariableOverrides: { color: 'red' }, useStageCache: false },
    }));

    const served = await store.resolve(API, 'dev');

    expect(served?.snapshot.deploymentId).toBe('dep0000001');
    expect(served?.stageRecord.variables).toEqual({ color: 'blue', size: 'm' });
    expect(served?.canary?.snapshot.deploymentId).toBe('can0000001');
    expect(served?.canary?.stageRecord.deploymentId).toBe('can0000001');
    expect(served?.canary?.stageRecord.variables).toEqual({ color: 'red', size: 'm' });
  });

  it('serves a stage without canary when the canary snapshot is missing, and with none at 0 % traffic', async () => {
    await writeSnapshot(snapshotFor('dep0000001'), 'dep0000001');
    await writeStage(record('dep0000001', {
      canarySettings: { deploymentId: 'gone000001', percentTraffic: 50, stageVariableOverrides: {}, useStageCache: false },
    }));
    const missing = await store.resolve(API, 'dev');
    expect(missing?.snapshot.deploymentId).toBe('dep0000001');
    expect(missing?.canary).toBeUndefined();

    await writeSnapshot(snapshotFor('can0000001'), 'can0000001');
    await writeStage(record('dep0000001', {
      canarySettings: { deploymentId: 'can0000001', percentTraffic: 0, stageVariableOverrides: {}, useStageCache: false },
    }));
    await notify();
    await until(() => store.getStage(API, 'dev') !== missing, 'the stage reloads');
    expect(store.getStage(API, 'dev')?.canary).toBeUndefined();
  });

  it('loads a stage on first use, then serves it synchronously from memory', async () => {
    await writeSnapshot(snapshotFor('dep0000001'), 'dep0000001');
    await writeStage(record('dep0000001'));

    expect(store.getStage(API, 'dev')).toBeUndefined();
    const served = await store.resolve(API, 'dev');

    expect(served?.snapshot.deploymentId).toBe('dep0000001');
    expect(store.getStage(API, 'dev')).toBe(served);
    expect(served?.routes.size).toBe(2);
  });

  it('caches a miss until a notification names the stage', async () => {
    expect(await store.resolve(API, 'dev')).toBeUndefined();
    await writeSnapshot(snapshotFor('dep0000001'), 'dep0000001');
    await writeStage(record('dep0000001'));
    expect(await store.resolve(API, 'dev')).toBeUndefined(); // still negatively cached

    await notify();
    await until(async () => (await store.resolve(API, 'dev')) !== undefined, 'the notification clears the cached miss');
    expect((await store.resolve(API, 'dev'))?.snapshot.deploymentId).toBe('dep0000001');
  });

  it('keeps the old deployment until the stage record pointer flips', async () => {
    await writeSnapshot(snapshotFor('dep0000001'), 'dep0000001');
    await writeStage(record('dep0000001'));
    const first = await store.resolve(API, 'dev');

    await writeSnapshot(snapshotFor('dep0000002'), 'dep0000002');
    await notify();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(store.getStage(API, 'dev')?.snapshot.deploymentId).toBe('dep0000001');

    await writeStage(record('dep0000002', { updatedAt: 2 }));
    await notify();
    await until(() => store.getStage(API, 'dev')?.snapshot.deploymentId === 'dep0000002', 'swap to dep0000002');

    // A request that started on the first view keeps an unchanged object.
    expect(first?.snapshot.deploymentId).toBe('dep0000001');
    expect(first?.stageRecord.deploymentId).toBe('dep0000001');
    // The first snapshot is no longer referenced and is released.
    expect(store.snapshotCount).toBe(1);
  });

  it('applies a stage-variable change without refetching the snapshot', async () => {
    await writeSnapshot(snapshotFor('dep0000001'), 'dep0000001');
    await writeStage(record('dep0000001'));
    const first = await store.resolve(API, 'dev');

    await writeStage(record('dep0000001', { variables: { color: 'blue' }, updatedAt: 2 }));
    await notify();
    await until(() => store.getStage(API, 'dev')?.stageRecord.variables.color === 'blue', 'variables applied');

    expect(store.getStage(API, 'dev')?.snapshot).toBe(first?.snapshot);
    expect(first?.stageRecord.variables).toEqual({});
  });

  it.each([
    ['a wrong content hash', { ...snapshotFor('dep0000003'), hash: 'f'.repeat(64) }],
    ['an unknown schemaVersion', hashed({ ...snapshotFor('dep0000003'), schemaVersion: 99 })],
    ['an invalid path template', hashed({ ...snapshotFor('dep0000003'), resources: [buildResource('/{proxy+}/x')] })],
    ['a different deploymentId inside', snapshotFor('dep0000009')],
    ['a body that is not JSON', 'not json'],
  ])('ignores a snapshot with %s and keeps serving the good one', async (_what, bad) => {
    await writeSnapshot(snapshotFor('dep0000001'), 'dep0000001');
    await writeStage(record('dep0000001'));
    await store.resolve(API, 'dev');

    if (typeof bad === 'string') await redis.set(keys.snapshot('dep0000003'), bad);
    else await writeSnapshot(bad, 'dep0000003');
    await writeStage(record('dep0000003', { updatedAt: 3 }));
    await notify();
    await new Promise((resolve) => setTimeout(resolve, 150));

    expect(store.getStage(API, 'dev')?.snapshot.deploymentId).toBe('dep0000001');
  });

  it('ignores a stage record pointing at a missing snapshot, then accepts it once the snapshot exists', async () => {
    await writeSnapshot(snapshotFor('dep0000001'), 'dep0000001');
    await writeStage(record('dep0000001'));
    await store.resolve(API, 'dev');

    await writeStage(record('dep0000004', { updatedAt: 4 }));
    await notify();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(store.getStage(API, 'dev')?.snapshot.deploymentId).toBe('dep0000001');

    await writeSnapshot(snapshotFor('dep0000004'), 'dep0000004');
    await notify();
    await until(() => store.getStage(API, 'dev')?.snapshot.deploymentId === 'dep0000004', 'late snapshot accepted');
  });

  it('stops serving an unpublished stage', async () => {
    await writeSnapshot(snapshotFor('dep0000001'), 'dep0000001');
    await writeStage(record('dep0000001'));
    await store.resolve(API, 'dev');

    await redis.del(keys.stage(API, 'dev'));
    await notify();
    await until(() => store.getStage(API, 'dev') === undefined, 'stage removed');
    expect(store.snapshotCount).toBe(0);
  });

  it('keeps serving the last good config while Redis is unreachable', async () => {
    await writeSnapshot(snapshotFor('dep0000001'), 'dep0000001');
    await writeStage(record('dep0000001'));
    const served = await store.resolve(API, 'dev');

    await redis.quit();
    expect(store.getStage(API, 'dev')).toBe(served);
    // A stage never seen cannot be loaded, and that is an answer, not a crash.
    await expect(store.resolve(API, 'other')).resolves.toBeUndefined();
    expect(store.getStage(API, 'dev')).toBe(served);
  });

  it('reconciles known stages after the subscription reconnects', async () => {
    await writeSnapshot(snapshotFor('dep0000001'), 'dep0000001');
    await writeSnapshot(snapshotFor('dep0000002'), 'dep0000002');
    await writeStage(record('dep0000001'));
    await store.resolve(API, 'dev');

    subscriber.disconnect(true); // drop and reconnect: any notification in between is lost
    await writeStage(record('dep0000002', { updatedAt: 2 }));
    await until(() => store.getStage(API, 'dev')?.snapshot.deploymentId === 'dep0000002', 'reconciled after reconnect');
  });

  it('gives concurrent first requests, and one racing a notification, the same loaded stage', async () => {
    await writeSnapshot(snapshotFor('dep0000001'), 'dep0000001');
    await writeStage(record('dep0000001'));

    const first = store.resolve(API, 'dev');
    const second = store.resolve(API, 'dev');
    await notify(); // may start a newer load while the first is in flight
    const results = await Promise.all([first, second, store.resolve(API, 'dev')]);

    expect(results.map((served) => served?.snapshot.deploymentId)).toEqual(['dep0000001', 'dep0000001', 'dep0000001']);
  });

  it('forgets a cached miss after negativeTtlMs', async () => {
    let now = 1_000;
    const clocked = new RedisSnapshotStore({ redis, subscriber, keys, negativeTtlMs: 500, now: () => now });
    expect(await clocked.resolve(API, 'dev')).toBeUndefined();
    await writeSnapshot(snapshotFor('dep0000001'), 'dep0000001');
    await writeStage(record('dep0000001'));

    now += 499;
    expect(await clocked.resolve(API, 'dev')).toBeUndefined();
    now += 2;
    expect((await clocked.resolve(API, 'dev'))?.snapshot.deploymentId).toBe('dep0000001');
  });
});
