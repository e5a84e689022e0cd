import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import pino from 'pino';
import { formatUtcDay, readUsage, utcDayNumber } from '@tollgate/metering';
import { RedisSnapshotStore } from '@tollgate/snapshot-store';
import { buildMethod, buildResource, buildSnapshot, buildStageRecord, testId } from '@tollgate/testing';
import { compileSnapshot, type CompiledSnapshot } from '@tollgate/execute-api';
import { createRedisLimits, type RedisLimits } from '@tollgate/execute-api';
import { startDataPlane, type RunningDataPlane } from '../src/server';
import { invoke, RecordWriter, REDIS_URL, testAccountId, testKeys } from './limits.fixture';

const ROOT = join(__dirname, '../../..');
const API = testId('q');
const ACCOUNT = testAccountId();
const QUOTA = 40;
const REQUESTS = 100;

/** Starts `apps/data-plane/src/main.ts` as a real second process and resolves its HTTP URL from the start-up log. */
function spawnDataPlane(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['-r', './scripts/register.cjs', 'apps/data-plane/src/main.ts'], {
    cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      for (const line of output.split('\n')) {
        if (!line.includes('data plane listening')) continue;
        resolve({ child, url: (JSON.parse(line) as { http: string }).http });
      }
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => { output += chunk; });
    child.once('exit', (code) => reject(new Error(`data plane exited with ${code}: ${output}`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

describe('two data-plane processes sharing one Redis', () => {
  jest.setTimeout(60_000);
  const keys = testKeys();
  const tlsDir = mkdtempSync(join(tmpdir(), 'tg-dp-tls-'));
  let admin: Redis;
  let writer: RecordWriter;
  let second: ChildProcess;
  let secondUrl: string;
  let first: RunningDataPlane;
  let limits: RedisLimits;
  let store: RedisSnapshotStore<CompiledSnapshot>;
  const connections: Redis[] = [];

  beforeAll(async () => {
    admin = new Redis(REDIS_URL);
    writer = new RecordWriter(admin, keys);
    const snapshot = buildSnapshot({ restApiId: API, accountId: ACCOUNT, resources: [buildResource('/', { GET: buildMethod({ apiKeyRequired: true }) })] });
    await writer.publishStage(snapshot, buildStageRecord({ stageName: 'dev', accountId: ACCOUNT }, snapshot));
    await writer.putPlan({
      id: 'shared', accountId: ACCOUNT, name: 'shared', throttle: { rateLimit: 10_000, burstLimit: 5000 },
      quota: { limit: QUOTA, offset: 0, period: 'MONTH' }, apiStages: { [`${API}:dev`]: {} },
    });
    await writer.putApiKey('shared-key', { id: 'kshared', accountId: ACCOUNT, enabled: true, usagePlanIds: ['shared'] });

    const spawned = spawnDataPlane({
      REDIS_URL, DP_REDIS_KEY_PREFIX: keys.prefix, DP_HOST: '127.0.0.1', DP_HTTP_PORT: '0', DP_HTTPS_PORT: '0', DP_TLS_DIR: tlsDir, DP_LOG_LEVEL: 'info',
    });

    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    const subscriber = redis.duplicate();
    const limiterRedis = redis.duplicate({ enableAutoPipelining: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, commandTimeout: 500 });
    connections.push(redis, subscriber, limiterRedis);
    const logger = pino({ level: 'silent' });
    store = new RedisSnapshotStore<CompiledSnapshot>({ redis, subscriber, keys, compile: compileSnapshot, logger });
    await store.start();
    limits = await createRedisLimits({ redis, subscriber, limiterRedis, keys, logger });
    first = await startDataPlane({ store, limits: limits.services, httpPort: 0, logger });
    ({ child: second, url: secondUrl } = await spawned);
  });

  afterAll(async () => {
    await first?.close();
    limits?.close();
    await store?.close();
    for (const connection of connections) connection.disconnect();
    if (second) await stopChild(second);
    await writer.deleteAll();
    admin.disconnect();
    rmSync(tlsDir, { recursive: true, force: true });
  });

  it('admits exactly the quota across both planes, and usage equals the admitted requests', async () => {
    const call = (url: string) => invoke(url, API, '/dev/', { 'x-api-key': 'shared-key' });
    const burst = (count: number, urls: string[]) => Promise.all(Array.from({ length: count }, (_unused, i) => call(urls[i % urls.length])));
    // 15 through each process first: all admitted, so both really count against the one quota...
    expect((await burst(15, [first.httpUrl])).map((reply) => reply.status)).toEqual(Array(15).fill(200));
    expect((await burst(15, [secondUrl])).map((reply) => reply.status)).toEqual(Array(15).fill(200));
    // ...then a concurrent race through both: exactly the 10 left are admitted.
    const replies = await burst(REQUESTS - 30, [first.httpUrl, secondUrl]);
    const admitted = replies.filter((reply) => reply.status === 200);
    const rejected = replies.filter((reply) => reply.status !== 200);
    expect(admitted).toHaveLength(QUOTA - 30);
    expect(rejected).toHaveLength(REQUESTS - QUOTA);
    for (const reply of rejected) {
      expect(reply.status).toBe(429);
      expect(JSON.parse(reply.body)).toEqual({ message: 'Limit Exceeded' });
      expect(reply.headers['x-amzn-errortype']).toBe('LimitExceededException');
    }

    const today = formatUtcDay(utcDayNumber(Date.now()));
    const usage = await readUsage(admin, keys, { accountId: ACCOUNT, planId: 'shared', from: today, to: today });
    expect(usage.reduce((sum, record) => sum + record.count, 0)).toBe(QUOTA);
    expect(usage.map((record) => record.keyId)).toEqual(['kshared']);
  });
});
