import { randomUUID } from 'node:crypto';
import type { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import type { CreatedAccount } from '@tollgate/persistence';
import { createTestAccount } from './create-test-account';
import { QueueInspector } from './queue-inspector';
import { sdkClient } from './sdk-client';
import { type RunningControlPlane, startControlPlane, type StartControlPlaneOptions } from './start-control-plane';

/** What a suite gets from `withControlPlane`, filled in by its beforeAll. */
export interface ControlPlaneFixture {
  cp: RunningControlPlane;
  /** The suite's own fresh account (credentials and id). */
  account: CreatedAccount;
  /** The real SDK client signed as `account`. */
  client: APIGatewayClient;
  /** A second fresh account, for cross-account isolation checks. */
  otherAccount: CreatedAccount;
  other: APIGatewayClient;
}

export interface WithControlPlaneOptions extends StartControlPlaneOptions {
  /** Give the app this Redis key prefix (`true`: a fresh `test:<uuid>:`), for suites that read or write Redis. */
  redisKeyPrefix?: string | true;
  /** Queues whose jobs (under the app's own BullMQ prefix) are obliterated after the suite. */
  drainQueues?: readonly string[];
  /** Runs after start-up (e.g. copy the fixture into the suite's variables, create the suite's APIs). */
  setup?: (fixture: ControlPlaneFixture) => Promise<void> | void;
  /** Runs first after the suite, before the queues are drained, the clients destroyed and the app closed. */
  teardown?: () => Promise<void> | void;
  /** beforeAll timeout, for setups that wait (jest's default otherwise). */
  setupTimeoutMs?: number;
}

/**
 * Registers the beforeAll/afterAll every control-plane e2e suite repeats: start the app on an ephemeral
 * port (real Postgres, Redis, BullMQ), create two fresh accounts with SDK clients, and close it all after.
 */
export function withControlPlane(options: WithControlPlaneOptions = {}): ControlPlaneFixture {
  const { redisKeyPrefix, drainQueues = [], setup, teardown, setupTimeoutMs, ...start } = options;
  const fixture = {} as ControlPlaneFixture;

  beforeAll(async () => {
    const config = redisKeyPrefix === undefined ? start.config : {
      ...start.config,
      redis: { url: process.env.REDIS_URL || 'redis://127.0.0.1:6379', keyPrefix: redisKeyPrefix === true ? `test:${randomUUID()}:` : redisKeyPrefix },
    };
    fixture.cp = await startControlPlane({ ...start, config });
    fixture.account = await createTestAccount(fixture.cp.dataSource);
    fixture.client = sdkClient(fixture.cp.url, fixture.account);
    fixture.otherAccount = await createTestAccount(fixture.cp.dataSource);
    fixture.other = sdkClient(fixture.cp.url, fixture.otherAccount);
    await setup?.(fixture);
  }, setupTimeoutMs);

  afterAll(async () => {
    await teardown?.();
    for (const name of drainQueues) await new QueueInspector(name, fixture.cp.config.redis.url, fixture.cp.queuePrefix).close();
    fixture.client?.destroy();
    fixture.other?.destroy();
    await fixture.cp?.close();
  });

  return fixture;
}
