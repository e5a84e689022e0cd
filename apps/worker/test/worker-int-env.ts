import { createHash, randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { type ChangeMessage, redisKeys, type RedisKeys } from '@tollgate/model';
import { AccountEntity, createAccount, createDataSource, RestApiEntity, type TenantScope } from '@tollgate/persistence';
import { testId } from '@tollgate/testing';
import type { DataSource } from 'typeorm';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
export const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

/** Polls `predicate` until it holds; throws after `timeoutMs` so a missed condition fails instead of hanging. */
export async function waitFor(predicate: () => Promise<boolean> | boolean, timeoutMs = 20_000, pollMs = 10): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/** What one worker integration test gets: its own account, Redis key prefix and BullMQ prefix. */
export interface WorkerTestEnv {
  /** Real Postgres (migrated by the jest global setup), one per file. */
  dataSource: DataSource;
  /** A plain connection for reading what the worker wrote. */
  redis: Redis;
  keys: RedisKeys;
  queuePrefix: string;
  scope: TenantScope;
  /** Change messages on `keys.changesChannel()` since the test began (only with `listen`). */
  notifications: ChangeMessage[];
}

export interface WorkerTestEnvOptions {
  /** Queues obliterated under the test's prefix after each test. */
  queues: readonly string[];
  /** Subscribe to the change channel and collect `notifications`. */
  listen?: boolean;
  /** Runs after the per-test setup (e.g. to copy the env into the suite's variables or seed rows). */
  setup?: (env: WorkerTestEnv) => Promise<void> | void;
  /** Runs first after each test, before the queues, account and keys are removed (e.g. close the worker). */
  teardown?: () => Promise<void> | void;
}

/**
 * Registers the shared hooks of the worker int-specs and returns the env they fill in: a DataSource per
 * file; per test a fresh account, key and queue prefixes, Redis connections, and afterwards the removal
 * of everything the test wrote, so suites run side by side on the shared database and Redis.
 */
export function useWorkerTestEnv(options: WorkerTestEnvOptions): WorkerTestEnv {
  const env = { notifications: [] } as unknown as WorkerTestEnv;
  let subscriber: Redis | undefined;

  beforeAll(async () => {
    env.dataSource = await createDataSource(DATABASE_URL, { poolSize: 2 }).initialize();
  });
  afterAll(async () => {
    await env.dataSource.destroy();
  });
  beforeEach(async () => {
    const id = randomUUID();
    env.keys = redisKeys(`test:${id}:`);
    env.queuePrefix = `test-bull-${id}`;
    env.redis = new Redis(REDIS_URL);
    env.notifications = [];
    if (options.listen) {
      const listener = new Redis(REDIS_URL);
      subscriber = listener;
      listener.on('message', (_channel: string, raw: string) => env.notifications.push(JSON.parse(raw) as ChangeMessage));
      await listener.subscribe(env.keys.changesChannel());
    }
    env.scope = { accountId: (await createAccount(env.dataSource)).accountId, region: 'us-east-1' };
    await options.setup?.(env);
  });
  afterEach(async () => {
    await options.teardown?.();
    for (const name of options.queues) {
      const queue = new Queue(name, { prefix: env.queuePrefix, connection: { url: REDIS_URL } });
      await queue.obliterate({ force: true });
      await queue.close();
    }
    await env.dataSource.getRepository(AccountEntity).delete({ accountId: env.scope.accountId });
    const written = await env.redis.keys(`${env.keys.prefix}*`);
    if (written.length > 0) await env.redis.del(...written);
    await subscriber?.quit();
    subscriber = undefined;
    await env.redis.quit();
  });
  return env;
}

/** Inserts a bare REST API row for `scope` (what deployments and stages hang off) and returns its id. */
export async function insertRestApi(dataSource: DataSource, scope: TenantScope, name: string): Promise<string> {
  const restApiId = testId('a');
  await dataSource.getRepository(RestApiEntity).insert({
    id: restApiId, ...scope, name, description: null, version: null, binaryMediaTypes: [],
    apiKeySource: 'HEADER', minimumCompressionSize: null, endpointConfiguration: { types: ['REGIONAL'] }, policy: null,
    disableExecuteApiEndpoint: false, tags: {}, rootResourceId: testId('r'),
  });
  return restApiId;
}
