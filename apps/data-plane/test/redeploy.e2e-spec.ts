import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { Redis } from 'ioredis';
import { redisKeys, type ChangeMessage, type Snapshot } from '@tollgate/model';
import { RedisSnapshotStore, snapshotContentHash } from '@tollgate/snapshot-store';
import { buildIntegration, buildIntegrationResponse, buildMethod, buildResource, buildSnapshot, buildStageRecord } from '@tollgate/testing';
import { compileSnapshot, type CompiledSnapshot } from '@tollgate/execute-api';
import { startDataPlane, type RunningDataPlane } from '../src/server';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const API = 'redeploy01';

/** A deployment whose GET /hello answers the given body (MOCK). */
function deployment(deploymentId: string, body: string): Snapshot {
  const snapshot = buildSnapshot({
    deploymentId, restApiId: API,
    resources: [buildResource('/hello', { GET: buildMethod({ integration: buildIntegration({
      integrationResponses: { '200': buildIntegrationResponse({ responseTemplates: { 'application/json': body } }) },
    }) }) })],
  });
  return { ...snapshot, hash: snapshotContentHash(snapshot) };
}

function get(base: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(new URL(path, base), { agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    }).on('error', reject).end();
  });
}

async function eventually(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('condition not reached');
}

describe('data plane on the Redis snapshot store: publish and redeploy without restart', () => {
  const keys = redisKeys(`test:${randomUUID()}:`);
  let redis: Redis;
  let subscriber: Redis;
  let store: RedisSnapshotStore<CompiledSnapshot>;
  let plane: RunningDataPlane;
  const path = `/restapis/${API}/dev/_user_request_/hello`;

  const publish = async (snapshot: Snapshot, updatedAt: number) => {
    await redis.set(keys.snapshot(snapshot.deploymentId), JSON.stringify(snapshot));
    await redis.set(keys.stage(API, 'dev'), JSON.stringify(buildStageRecord({ stageName: 'dev', updatedAt }, snapshot)));
    await redis.publish(keys.changesChannel(), JSON.stringify({ kind: 'stage', id: `${API}:dev` } satisfies ChangeMessage));
  };

  beforeAll(async () => {
    redis = new Redis(REDIS_URL);
    subscriber = redis.duplicate();
    store = new RedisSnapshotStore<CompiledSnapshot>({ redis, subscriber, keys, compile: compileSnapshot, negativeTtlMs: 60_000 });
    await store.start();
    plane = await startDataPlane({ store, httpPort: 0 });
  });

  afterAll(async () => {
    await plane.close();
    await store.close();
    const written = await redis.keys(`${keys.prefix}*`);
    if (written.length > 0) await redis.del(...written);
    await Promise.all([redis.quit(), subscriber.quit()]);
  });

  it('answers 403 before publishing, serves after the notification, and switches on redeploy', async () => {
    expect((await get(plane.httpUrl, path)).status).toBe(403);

    await publish(deployment('rdep000001', '{"v":1}'), 1);
    await eventually(async () => (await get(plane.httpUrl, path)).body === '{"v":1}');

    // A snapshot stored but not pointed at changes nothing.
    await redis.set(keys.snapshot('rdep000002'), JSON.stringify(deployment('rdep000002', '{"v":2}')));
    expect((await get(plane.httpUrl, path)).body).toBe('{"v":1}');

    await publish(deployment('rdep000002', '{"v":2}'), 2);
    await eventually(async () => (await get(plane.httpUrl, path)).body === '{"v":2}');

    // A corrupted deployment is refused; the stage keeps answering from the last good one.
    await publish({ ...deployment('rdep000003', '{"v":3}'), hash: '0'.repeat(64) }, 3);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await get(plane.httpUrl, path)).toEqual({ status: 200, body: '{"v":2}' });
  });
});
