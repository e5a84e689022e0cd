import { createHash, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import pino from 'pino';
import { redisKeys, type ApiKeyRecord, type UsagePlanRecord } from '@tollgate/model';
import { InMemorySnapshotStore } from '@tollgate/snapshot-store';
import { buildHttpProxyIntegration, buildMethod, buildResource, buildSnapshot, buildStageRecord } from '@tollgate/testing';
import { compileSnapshot, type CompiledSnapshot } from '@tollgate/execute-api';
import { createRedisLimits } from '@tollgate/execute-api';
import { startDataPlane } from '../src/server';
import { answerCpuProbes } from './cpu-probe';

/**
 * The data plane under test with limits on, in its own process: API `benchapi01`, stage `bench`,
 * `GET /items/{id}` open (stage + account throttles only) and `GET /metered/{id}` with apiKeyRequired,
 * usage plan throttle (plan + per-method), MONTH quota and usage counting, all against the real Redis
 * (REDIS_URL) under a random key prefix that is deleted on exit. Limits are high enough never to reject.
 * Argv: backend URL, API key value.
 */
const API = 'benchapi01';
const ACCOUNT = '123456789012';
const HIGH = { rateLimit: 1e7, burstLimit: 1e7 };

async function main(): Promise<void> {
  const backend = process.argv[2];
  const apiKeyValue = process.argv[3] ?? 'bench-api-key-0123456789';
  const keys = redisKeys(`bench:${randomUUID()}:`);
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
  const subscriber = redis.duplicate();
  const limiterRedis = redis.duplicate({ enableAutoPipelining: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, commandTimeout: 500 });
  const integration = (path: string) => buildHttpProxyIntegration(`${backend}${path}`);
  const snapshot = buildSnapshot({
    restApiId: API, accountId: ACCOUNT,
    resources: [
      buildResource('/items/{id}', { GET: buildMethod({ integration: integration('/items/{id}') }) }),
      buildResource('/metered/{id}', { GET: buildMethod({ apiKeyRequired: true, integration: integration('/items/{id}') }) }),
    ],
  });
  const store = new InMemorySnapshotStore<CompiledSnapshot>(compileSnapshot);
  store.put(buildStageRecord({
    stageName: 'bench', accountId: ACCOUNT,
    methodSettings: { '*/*': { throttlingRateLimit: HIGH.rateLimit, throttlingBurstLimit: HIGH.burstLimit } },
  }, snapshot), snapshot);
  const plan: UsagePlanRecord = {
    id: 'benchplan1', accountId: ACCOUNT, name: 'bench', throttle: HIGH,
    quota: { limit: 1e12, offset: 0, period: 'MONTH' },
    apiStages: { [`${API}:bench`]: { '/metered/{id}/GET': HIGH } },
  };
  const apiKey: ApiKeyRecord = { id: 'benchkey01', accountId: ACCOUNT, enabled: true, usagePlanIds: [plan.id] };
  await redis.set(keys.plan(plan.id), JSON.stringify(plan));
  await redis.set(keys.apiKey(createHash('sha256').update(apiKeyValue).digest('hex')), JSON.stringify(apiKey));
  await redis.set(keys.account(ACCOUNT), JSON.stringify({ accountId: ACCOUNT, throttle: HIGH }));

  const logger = pino({ level: 'warn' });
  const limits = await createRedisLimits({ redis, subscriber, limiterRedis, keys, logger });
  if (limiterRedis.status !== 'ready') await new Promise((resolve) => limiterRedis.once('ready', resolve));
  const running = await startDataPlane({ store, httpPort: 0, limits: limits.services, logger });
  process.send?.({ url: running.httpUrl });
  answerCpuProbes();
  process.on('disconnect', () => {
    void (async () => {
      await running.close();
      limits.close();
      let cursor = '0';
      do {
        const [next, found] = await redis.scan(cursor, 'MATCH', `${keys.prefix}*`, 'COUNT', 1000);
        cursor = next;
        if (found.length > 0) await redis.del(...found);
      } while (cursor !== '0');
      for (const connection of [redis, subscriber, limiterRedis]) connection.disconnect();
      process.exit(0);
    })();
  });
}

void main();
