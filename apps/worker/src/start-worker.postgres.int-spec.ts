import { BullJobProducer, DEPLOYMENT_PUBLISH_QUEUE } from '@tollgate/jobs';
import type { RedisKeys, StageRecord } from '@tollgate/model';
import { DeploymentRepository, StageRepository } from '@tollgate/persistence';
import type { TenantScope } from '@tollgate/persistence';
import { buildSnapshot } from '@tollgate/testing';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { DATABASE_URL, insertRestApi, REDIS_URL, useWorkerTestEnv, waitFor } from '../test/worker-int-env';
import { startWorker } from './start-worker';
import type { WorkerHandle } from './start-worker';

/** The worker against the real Postgres source (the persistence lib's loadStagePublication/listStages). */
describe('startWorker with the Postgres source', () => {
  let dataSource: DataSource;
  let redis: Redis;
  let keys: RedisKeys;
  let queuePrefix: string;
  let scope: TenantScope;
  let restApiId: string;
  let worker: WorkerHandle | undefined;

  useWorkerTestEnv({
    queues: [DEPLOYMENT_PUBLISH_QUEUE],
    setup: async (e) => {
      ({ dataSource, redis, keys, queuePrefix, scope } = e);
      restApiId = await insertRestApi(dataSource, scope, 'worker-test');
      worker = undefined;
    },
    teardown: async () => {
      await worker?.close();
    },
  });

  const deploy = async (stageName: string): Promise<string> => {
    const snapshot = buildSnapshot({ ...scope, restApiId });
    await new DeploymentRepository(dataSource).create(scope, {
      id: snapshot.deploymentId, restApiId, description: null, snapshot, snapshotHash: snapshot.hash, createdDate: new Date(),
    }, { stageName });
    return snapshot.deploymentId;
  };

  const stageRecord = async (stageName: string): Promise<StageRecord | undefined> => {
    const raw = await redis.get(keys.stage(restApiId, stageName));
    return raw === null ? undefined : (JSON.parse(raw) as StageRecord);
  };

  const start = async (): Promise<WorkerHandle> => {
    worker = await startWorker({ databaseUrl: DATABASE_URL, redisUrl: REDIS_URL, keyPrefix: keys.prefix, queuePrefix, logger: false });
    return worker;
  };

  it('rebuilds Redis from Postgres on start', async () => {
    const deploymentId = await deploy('prod');

    const handle = await start();

    expect(handle.republished.republished).toBeGreaterThanOrEqual(1);
    expect(await stageRecord('prod')).toMatchObject({ ...scope, restApiId, stageName: 'prod', deploymentId });
    expect(await redis.exists(keys.snapshot(deploymentId))).toBe(1);
  });

  it('publishes a stage deployed after start, then unpublishes it once deleted', async () => {
    await start();
    const deploymentId = await deploy('beta');
    const producer = new BullJobProducer({ url: REDIS_URL, prefix: queuePrefix });
    try {
      await producer.enqueue(DEPLOYMENT_PUBLISH_QUEUE, 'publish-stage', { accountId: scope.accountId, restApiId, stageName: 'beta' }, { jobId: deploymentId });
      // On a deadline, not a number of polls: BullMQ is slow on a loaded machine.
      await waitFor(async () => (await stageRecord('beta')) !== undefined, 15_000);
      expect((await stageRecord('beta'))?.deploymentId).toBe(deploymentId);

      await new StageRepository(dataSource).delete(scope, restApiId, 'beta');
      await producer.enqueue(DEPLOYMENT_PUBLISH_QUEUE, 'unpublish-stage', { accountId: scope.accountId, restApiId, stageName: 'beta' });
      await waitFor(async () => (await stageRecord('beta')) === undefined, 15_000);
      expect(await stageRecord('beta')).toBeUndefined();
    } finally {
      await producer.close();
    }
  });
});
