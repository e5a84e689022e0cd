import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import {
  CreateApiKeyCommand, CreateDeploymentCommand, CreateRestApiCommand, PutIntegrationCommand, PutMethodCommand, UpdateStageCommand,
} from '@aws-sdk/client-api-gateway';
import { BullJobProducer, ResilientJobProducer } from '@tollgate/jobs';
import { redisKeys, type ApiKeyRecord, type StageRecord } from '@tollgate/model';
import { Redis } from 'ioredis';
import { createTestAccount, sdkClient, startControlPlane, type RunningControlPlane } from './harness';

const ROOT = join(__dirname, '../../..');
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function waitFor(predicate: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * "Nothing acknowledged is ever lost": the control plane's queue is unreachable (every enqueue fails), yet
 * CreateDeployment, UpdateStage and CreateApiKey answer as AWS does, and the worker's reconciler (a real
 * worker process, reconciling every 300 ms) publishes what Postgres holds without any job.
 */
describe('publishing with an unreachable queue', () => {
  const keys = redisKeys(`test:${randomUUID()}:`);
  const queuePrefix = `test-bull-${randomUUID()}`;
  const warnings: string[] = [];
  let cp: RunningControlPlane;
  let redis: Redis;
  let worker: ChildProcess | undefined;
  let workerOutput = '';

  beforeAll(async () => {
    // Port 1 refuses connections: the BullMQ producer can never enqueue.
    const producer = new ResilientJobProducer(new BullJobProducer({ url: 'redis://127.0.0.1:1', prefix: queuePrefix }), {
      timeoutMs: 300, logger: { warn: (message) => warnings.push(message) },
    });
    cp = await startControlPlane({ jobProducer: producer });
    redis = new Redis(REDIS_URL);
    worker = spawn(process.execPath, ['-r', join(ROOT, 'scripts/register.cjs'), join(ROOT, 'apps/worker/src/main.ts')], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env, DATABASE_URL, REDIS_URL, WORKER_REDIS_KEY_PREFIX: keys.prefix, WORKER_QUEUE_PREFIX: queuePrefix,
        WORKER_RECONCILE_EVERY_MS: '300', WORKER_USAGE_FLUSH_EVERY_MS: '0', NO_COLOR: '1',
      },
    });
    worker.stdout!.on('data', (chunk: Buffer) => { workerOutput += chunk.toString(); });
    worker.stderr!.on('data', (chunk: Buffer) => { workerOutput += chunk.toString(); });
    // main.ts logs this once start-up (republish and the first reconcile pass) is done.
    await waitFor(() => workerOutput.includes('consuming queues'), 60_000);
  }, 90_000);

  afterAll(async () => {
    if (worker && worker.exitCode === null) {
      const exited = new Promise((resolve) => worker!.once('exit', resolve));
      worker.kill('SIGTERM');
      await exited;
    }
    const written = await redis.keys(`${keys.prefix}*`);
    if (written.length > 0) await redis.del(...written);
    const queued = await redis.keys(`${queuePrefix}:*`);
    if (queued.length > 0) await redis.del(...queued);
    await redis.quit();
    await cp.close();
  });

  const stageRecord = async (restApiId: string, stageName: string): Promise<StageRecord | undefined> => {
    const raw = await redis.get(keys.stage(restApiId, stageName));
    return raw === null ? undefined : (JSON.parse(raw) as StageRecord);
  };

  it('answers CreateDeployment with 201 and the reconciler publishes the stage, then its updates', async () => {
    const client = sdkClient(cp.url, await createTestAccount(cp.dataSource));
    try {
      const api = await client.send(new CreateRestApiCommand({ name: 'resilience' }));
      const restApiId = api.id!;
      const resourceId = api.rootResourceId!;
      await client.send(new PutMethodCommand({ restApiId, resourceId, httpMethod: 'GET', authorizationType: 'NONE' }));
      await client.send(new PutIntegrationCommand({ restApiId, resourceId, httpMethod: 'GET', type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } }));

      const started = Date.now();
      const deployment = await client.send(new CreateDeploymentCommand({ restApiId, stageName: 'prod' }));
      expect(deployment.$metadata.httpStatusCode).toBe(201);
      // Without the enqueue timeout the call would wait for Redis until jest's 30 s timeout; a loaded CI
      // machine can take seconds for the rest, so the bound only has to tell those apart.
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(warnings.some((w) => w.includes('deployment-publish/publish-stage') && w.includes(restApiId))).toBe(true);

      await waitFor(async () => (await stageRecord(restApiId, 'prod'))?.deploymentId === deployment.id, 10_000);
      expect(await redis.exists(keys.snapshot(deployment.id!))).toBe(1);

      const updated = await client.send(new UpdateStageCommand({
        restApiId, stageName: 'prod', patchOperations: [{ op: 'replace', path: '/variables/backend', value: 'b2' }],
      }));
      expect(updated.$metadata.httpStatusCode).toBe(200);
      await waitFor(async () => (await stageRecord(restApiId, 'prod'))?.variables.backend === 'b2', 10_000);

      const key = await client.send(new CreateApiKeyCommand({ name: 'k', enabled: true, value: `resilience-${randomUUID()}` }));
      expect(key.$metadata.httpStatusCode).toBe(201);
      const hash = createHash('sha256').update(key.value!).digest('hex');
      await waitFor(async () => (await redis.exists(keys.apiKey(hash))) === 1, 10_000);
      expect(JSON.parse((await redis.get(keys.apiKey(hash)))!) as ApiKeyRecord).toMatchObject({ id: key.id, enabled: true, usagePlanIds: [] });
      expect(workerOutput).toMatch(/reconcile: stages \d+ checked\/[1-9]\d* repaired/);
    } finally {
      client.destroy();
    }
  }, 60_000);
});
