import { randomUUID } from 'node:crypto';
import { Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { BullJobProducer, DEPLOYMENT_PUBLISH_QUEUE } from '@tollgate/jobs';
import { redisKeys } from '@tollgate/model';
import type { ChangeMessage, RedisKeys } from '@tollgate/model';
import type { StagePublication } from '@tollgate/snapshot-publisher';
import { buildStagePublication, stageIdentityOf } from '../test/stage-publication.builder';
import { InMemoryStagePublicationSource } from './stage-publication/in-memory-stage-publication.source';
import type { StageIdentity } from './stage-publication/stage-publication.source';
import { startWorker } from './start-worker';
import type { WorkerHandle } from './start-worker';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A source whose load() can be made to fail or to wait, to drive retries and shutdown. */
class ControllableSource extends InMemoryStagePublicationSource {
  failuresLeft = 0;
  loads = 0;
  gate: Promise<void> | undefined;
  onLoad: (() => void) | undefined;

  override async load(stage: StageIdentity): Promise<StagePublication | null> {
    this.loads++;
    this.onLoad?.();
    if (this.gate) await this.gate;
    if (this.failuresLeft > 0) {
      this.failuresLeft--;
      throw new Error('connection terminated unexpectedly');
    }
    return super.load(stage);
  }
}

describe('startWorker (real BullMQ + Redis)', () => {
  let keys: RedisKeys;
  let queuePrefix: string;
  let redis: Redis;
  let subscriber: Redis;
  let producer: BullJobProducer;
  let queue: Queue;
  let events: QueueEvents;
  let source: ControllableSource;
  let worker: WorkerHandle | undefined;
  let notifications: ChangeMessage[];

  beforeEach(async () => {
    const testId = randomUUID();
    keys = redisKeys(`test:${testId}:`);
    queuePrefix = `test-bull-${testId}`;
    redis = new Redis(REDIS_URL);
    subscriber = new Redis(REDIS_URL);
    notifications = [];
    subscriber.on('message', (_channel: string, raw: string) => notifications.push(JSON.parse(raw) as ChangeMessage));
    await subscriber.subscribe(keys.changesChannel());
    producer = new BullJobProducer({ url: REDIS_URL, prefix: queuePrefix });
    queue = new Queue(DEPLOYMENT_PUBLISH_QUEUE, { prefix: queuePrefix, connection: { url: REDIS_URL } });
    events = new QueueEvents(DEPLOYMENT_PUBLISH_QUEUE, { prefix: queuePrefix, connection: { url: REDIS_URL } });
    await events.waitUntilReady();
    source = new ControllableSource();
    worker = undefined;
  });

  afterEach(async () => {
    await worker?.close();
    await queue.obliterate({ force: true });
    await Promise.all([producer.close(), queue.close(), events.close()]);
    const written = await redis.keys(`${keys.prefix}*`);
    if (written.length > 0) await redis.del(...written);
    await Promise.all([redis.quit(), subscriber.quit()]);
  });

  const start = async (): Promise<WorkerHandle> => {
    worker = await startWorker({ databaseUrl: DATABASE_URL, redisUrl: REDIS_URL, keyPrefix: keys.prefix, queuePrefix, concurrency: 2, source, logger: false });
    return worker;
  };

  /** Resolves with the job's final state once BullMQ reports it completed or failed for good. */
  const settled = (jobId: string): Promise<'completed' | 'failed'> => new Promise((resolve) => {
    const check = async (): Promise<void> => {
      const state = await queue.getJobState(jobId);
      if (state === 'completed' || state === 'unknown') resolve('completed'); // removeOnComplete drops it
      else if (state === 'failed') resolve('failed');
      else setTimeout(() => void check(), 25);
    };
    void check();
  });

  // On a deadline, not a number of polls: BullMQ and pub/sub are slow on a loaded machine.
  const waitFor = async (predicate: () => boolean): Promise<void> => {
    const deadline = Date.now() + 15_000;
    while (!predicate() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  };

  it('processes publish-stage: snapshot and stage record land in Redis, then the notification', async () => {
    await start();
    const publication = buildStagePublication();
    source.put(publication);
    const { restApiId, stageName, deploymentId } = publication.stageRecord;

    await producer.enqueue(DEPLOYMENT_PUBLISH_QUEUE, 'publish-stage', stageIdentityOf(publication), { jobId: deploymentId });
    await waitFor(() => notifications.length > 0);

    expect(notifications).toEqual([{ kind: 'stage', id: `${restApiId}:${stageName}` }]);
    expect(JSON.parse((await redis.get(keys.stage(restApiId, stageName)))!)).toEqual(publication.stageRecord);
    expect(JSON.parse((await redis.get(keys.snapshot(deploymentId)))!)).toEqual(publication.snapshot);
  });

  it('does not retry a permanent failure (stage missing from the source)', async () => {
    await start();
    const missing = buildStagePublication();

    await producer.enqueue(DEPLOYMENT_PUBLISH_QUEUE, 'publish-stage', stageIdentityOf(missing), { jobId: 'missing1' });

    expect(await settled('missing1')).toBe('failed');
    const job = await queue.getJob('missing1');
    expect(job?.attemptsMade).toBe(1);
    expect(job?.failedReason).toMatch(/does not exist/);
    expect(source.loads).toBe(1);
    expect(notifications).toEqual([]);
  });

  it('retries a transient failure with backoff until it succeeds', async () => {
    await start();
    const publication = buildStagePublication();
    source.put(publication);
    source.failuresLeft = 2;

    await producer.enqueue(DEPLOYMENT_PUBLISH_QUEUE, 'publish-stage', stageIdentityOf(publication), { jobId: 'flaky1' });

    expect(await settled('flaky1')).toBe('completed');
    expect(source.loads).toBe(3);
    expect(await redis.exists(keys.stage(publication.stageRecord.restApiId, publication.stageRecord.stageName))).toBe(1);
  });

  it('processes unpublish-stage: the stage record goes, the snapshot stays', async () => {
    await start();
    const publication = buildStagePublication();
    source.put(publication);
    const { restApiId, stageName, deploymentId } = publication.stageRecord;
    await producer.enqueue(DEPLOYMENT_PUBLISH_QUEUE, 'publish-stage', stageIdentityOf(publication), { jobId: 'pub1' });
    await waitFor(() => notifications.length === 1);

    source.delete(stageIdentityOf(publication));
    await producer.enqueue(DEPLOYMENT_PUBLISH_QUEUE, 'unpublish-stage', stageIdentityOf(publication), { jobId: 'unpub1' });
    await waitFor(() => notifications.length === 2);

    expect(await redis.exists(keys.stage(restApiId, stageName))).toBe(0);
    expect(await redis.exists(keys.snapshot(deploymentId))).toBe(1);
  });

  it('on start, republishes only the stages Redis lacks', async () => {
    const present = buildStagePublication({ stageName: 'present' });
    const lost = buildStagePublication({ stageName: 'lost' });
    source.put(present);
    source.put(lost);
    await redis.set(keys.snapshot(present.snapshot.deploymentId), JSON.stringify(present.snapshot));
    await redis.set(keys.stage(present.stageRecord.restApiId, 'present'), JSON.stringify(present.stageRecord));

    const handle = await start();

    expect(handle.republished).toEqual({ checked: 2, republished: 1, failed: 0 });
    expect(JSON.parse((await redis.get(keys.stage(lost.stageRecord.restApiId, 'lost')))!)).toEqual(lost.stageRecord);
    await waitFor(() => notifications.length > 0);
    expect(notifications).toEqual([{ kind: 'stage', id: `${lost.stageRecord.restApiId}:lost` }]);
  });

  it('close() lets the running job finish before it resolves', async () => {
    await start();
    const publication = buildStagePublication();
    source.put(publication);
    let release!: () => void;
    source.gate = new Promise<void>((resolve) => { release = resolve; });
    const loading = new Promise<void>((resolve) => { source.onLoad = resolve; });

    await producer.enqueue(DEPLOYMENT_PUBLISH_QUEUE, 'publish-stage', stageIdentityOf(publication), { jobId: 'slow1' });
    await loading;
    let closed = false;
    const closing = worker!.close().then(() => { closed = true; });
    await new Promise((r) => setTimeout(r, 100));
    expect(closed).toBe(false);

    release();
    await closing;
    expect(await redis.exists(keys.stage(publication.stageRecord.restApiId, publication.stageRecord.stageName))).toBe(1);
  });
});
