import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { redisKeys, SNAPSHOT_SCHEMA_VERSION, STAGE_RECORD_SCHEMA_VERSION } from '@tollgate/model';
import type { ChangeMessage, RedisKeys, Snapshot, StageRecord } from '@tollgate/model';
import { createSnapshotPublisher, SnapshotPublicationError } from './snapshot-publisher';
import type { SnapshotPublisher } from './stage-publication';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

function snapshotOf(deploymentId: string, restApiId = 'api0000001'): Snapshot {
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION, hash: `hash-${deploymentId}`, deploymentId, restApiId,
    accountId: '111122223333', region: 'us-east-1', createdDate: 1_700_000_000, apiKeySource: 'HEADER',
    binaryMediaTypes: [], disableExecuteApiEndpoint: false, resources: [{ id: 'root000001', path: '/', methods: {} }],
    models: {}, requestValidators: {}, authorizers: {}, gatewayResponses: {},
  };
}

function stageOf(deploymentId: string, updatedAt: number, restApiId = 'api0000001'): StageRecord {
  return {
    schemaVersion: STAGE_RECORD_SCHEMA_VERSION, accountId: '111122223333', region: 'us-east-1', restApiId,
    stageName: 'prod', deploymentId, variables: { v: String(updatedAt) }, methodSettings: {},
    cacheClusterEnabled: false, tracingEnabled: false, updatedAt,
  };
}

describe('createSnapshotPublisher (real Redis)', () => {
  let redis: Redis;
  let subscriber: Redis;
  let keys: RedisKeys;
  let publisher: SnapshotPublisher;
  /** Every message on the test's channel, with the Redis state read the moment it arrived. */
  let seen: Array<{ message: ChangeMessage; stage: string | null; snapshot: string | null }>;

  beforeEach(async () => {
    keys = redisKeys(`test:${randomUUID()}:`);
    redis = new Redis(REDIS_URL);
    subscriber = new Redis(REDIS_URL);
    publisher = createSnapshotPublisher(redis, keys);
    seen = [];
    const reader = new Redis(REDIS_URL);
    subscriber.on('message', (_channel: string, raw: string) => {
      const message = JSON.parse(raw) as ChangeMessage;
      const [restApiId, stageName] = message.id.split(':');
      void reader.get(keys.stage(restApiId, stageName)).then(async (stage) => {
        const deploymentId = stage ? (JSON.parse(stage) as StageRecord).deploymentId : 'none';
        seen.push({ message, stage, snapshot: await reader.get(keys.snapshot(deploymentId)) });
      });
    });
    subscriber.once('end', () => reader.disconnect());
    await subscriber.subscribe(keys.changesChannel());
  });

  afterEach(async () => {
    const written = await redis.keys(`${keys.prefix}*`);
    if (written.length > 0) await redis.del(...written);
    await Promise.all([redis.quit(), subscriber.quit()]);
  });

  // Pub/sub delivery takes a while on a loaded machine: wait on a deadline, not a fixed number of polls.
  const waitForMessages = async (count: number): Promise<void> => {
    const deadline = Date.now() + 10_000;
    while (seen.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(seen).toHaveLength(count);
  };

  it('writes the snapshot, then the stage record, then notifies', async () => {
    const result = await publisher.publishStage({ snapshot: snapshotOf('dep0000001'), stageRecord: stageOf('dep0000001', 1) });

    expect(result).toEqual({ snapshotWritten: true, stageUpdated: true });
    await waitForMessages(1);
    expect(seen[0].message).toEqual({ kind: 'stage', id: 'api0000001:prod' });
    expect(JSON.parse(seen[0].stage!)).toEqual(stageOf('dep0000001', 1));
    expect(JSON.parse(seen[0].snapshot!)).toEqual(snapshotOf('dep0000001'));
  });

  it('is idempotent: publishing the same thing twice changes nothing', async () => {
    const publication = { snapshot: snapshotOf('dep0000001'), stageRecord: stageOf('dep0000001', 1) };
    await publisher.publishStage(publication);
    const again = await publisher.publishStage(publication);

    expect(again).toEqual({ snapshotWritten: false, stageUpdated: true });
    await waitForMessages(2);
    expect(await redis.keys(`${keys.prefix}*`)).toHaveLength(2);
    expect(JSON.parse((await redis.get(keys.stage('api0000001', 'prod')))!)).toEqual(stageOf('dep0000001', 1));
  });

  it('never rewrites a stored snapshot (snapshots are immutable)', async () => {
    await redis.set(keys.snapshot('dep0000001'), JSON.stringify({ ...snapshotOf('dep0000001'), hash: 'original' }));
    const result = await publisher.publishStage({ snapshot: snapshotOf('dep0000001'), stageRecord: stageOf('dep0000001', 1) });

    expect(result.snapshotWritten).toBe(false);
    expect(JSON.parse((await redis.get(keys.snapshot('dep0000001')))!).hash).toBe('original');
  });

  it('flips the stage pointer to a new deployment and keeps the old snapshot', async () => {
    await publisher.publishStage({ snapshot: snapshotOf('dep0000001'), stageRecord: stageOf('dep0000001', 1) });
    await publisher.publishStage({ snapshot: snapshotOf('dep0000002'), stageRecord: stageOf('dep0000002', 2) });

    await waitForMessages(2);
    expect(JSON.parse(seen[1].stage!).deploymentId).toBe('dep0000002');
    expect(JSON.parse(seen[1].snapshot!).deploymentId).toBe('dep0000002');
    expect(await redis.exists(keys.snapshot('dep0000001'))).toBe(1);
  });

  it('ignores a stale record that arrives after a newer one, without notifying', async () => {
    await publisher.publishStage({ snapshot: snapshotOf('dep0000002'), stageRecord: stageOf('dep0000002', 20) });
    const late = await publisher.publishStage({ snapshot: snapshotOf('dep0000001'), stageRecord: stageOf('dep0000001', 10) });

    expect(late.stageUpdated).toBe(false);
    // Redis delivers a channel's messages in the order it received them: a marker published after the late
    // call arrives after any notification that call could have sent, so seeing the marker second proves none.
    const marker: ChangeMessage = { kind: 'stage', id: 'marker0001:prod' };
    await redis.publish(keys.changesChannel(), JSON.stringify(marker));
    await waitForMessages(2);
    expect(seen.map((entry) => entry.message)).toEqual([{ kind: 'stage', id: 'api0000001:prod' }, marker]);
    expect(JSON.parse((await redis.get(keys.stage('api0000001', 'prod')))!).deploymentId).toBe('dep0000002');
  });

  it('refuses a stage record that points at a different deployment than the snapshot', async () => {
    await expect(publisher.publishStage({ snapshot: snapshotOf('dep0000001'), stageRecord: stageOf('dep0000009', 1) }))
      .rejects.toBeInstanceOf(SnapshotPublicationError);
    expect(await redis.keys(`${keys.prefix}*`)).toEqual([]);
  });

  it('unpublishes: deletes the stage record, keeps the snapshot, notifies; twice is harmless', async () => {
    await publisher.publishStage({ snapshot: snapshotOf('dep0000001'), stageRecord: stageOf('dep0000001', 1) });
    await publisher.unpublishStage({ restApiId: 'api0000001', stageName: 'prod' });
    await publisher.unpublishStage({ restApiId: 'api0000001', stageName: 'prod' });

    await waitForMessages(3);
    expect(seen[1]).toEqual({ message: { kind: 'stage', id: 'api0000001:prod' }, stage: null, snapshot: null });
    expect(await redis.exists(keys.stage('api0000001', 'prod'))).toBe(0);
    expect(await redis.exists(keys.snapshot('dep0000001'))).toBe(1);
  });

  it('publishes a canary snapshot before the record that points at it, and requires it', async () => {
    const record = { ...stageOf('dep0000001', 1), canarySettings: { percentTraffic: 10, deploymentId: 'dep0000002', stageVariableOverrides: {}, useStageCache: false } };
    await expect(publisher.publishStage({ snapshot: snapshotOf('dep0000001'), stageRecord: record }))
      .rejects.toThrow(/canary on deployment dep0000002/);

    await publisher.publishStage({ snapshot: snapshotOf('dep0000001'), stageRecord: record, canarySnapshot: snapshotOf('dep0000002') });
    expect(await redis.exists(keys.snapshot('dep0000002'))).toBe(1);
    expect(await publisher.isStagePublished({ restApiId: 'api0000001', stageName: 'prod' })).toBe(true);
    await redis.del(keys.snapshot('dep0000002'));
    expect(await publisher.isStagePublished({ restApiId: 'api0000001', stageName: 'prod' })).toBe(false);
  });

  it('reports a stage as published only when its record and snapshot are both present', async () => {
    const ref = { restApiId: 'api0000001', stageName: 'prod' };
    expect(await publisher.isStagePublished(ref)).toBe(false);
    await publisher.publishStage({ snapshot: snapshotOf('dep0000001'), stageRecord: stageOf('dep0000001', 1) });
    expect(await publisher.isStagePublished(ref)).toBe(true);
    await redis.del(keys.snapshot('dep0000001'));
    expect(await publisher.isStagePublished(ref)).toBe(false);
  });
});
