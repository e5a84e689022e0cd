import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { USAGE_FLUSH_QUEUE } from '@tollgate/jobs';
import { formatUtcDay, usageField, utcDayNumber } from '@tollgate/metering';
import type { RedisKeys } from '@tollgate/model';
import { UsageDayEntity, UsagePlanEntity } from '@tollgate/persistence';
import type { DataSource } from 'typeorm';
import { InlineQueueDriver } from '../queue/inline-queue.driver';
import { startWorker, type WorkerHandle } from '../start-worker';
import { DATABASE_URL, REDIS_URL, useWorkerTestEnv, waitFor as pollUntil } from '../../test/worker-int-env';

const ROOT = join(__dirname, '../../../..');
let TODAY = formatUtcDay(utcDayNumber(Date.now()));
let YESTERDAY = formatUtcDay(utcDayNumber(Date.now()) - 1);

/** A scheduled flush copies the server's today and yesterday: a test must not straddle UTC midnight. */
async function startClearOfUtcMidnight(marginMs: number): Promise<void> {
  const untilMidnight = 86_400_000 - (Date.now() % 86_400_000);
  if (untilMidnight < marginMs) await new Promise((resolve) => setTimeout(resolve, untilMidnight + 1000));
  TODAY = formatUtcDay(utcDayNumber(Date.now()));
  YESTERDAY = formatUtcDay(utcDayNumber(Date.now()) - 1);
}

/** Polls every 5 ms: the kill test must stop the child while its flush is still under way. */
const waitFor = (predicate: () => Promise<boolean> | boolean, timeoutMs?: number): Promise<void> => pollUntil(predicate, timeoutMs, 5);

/** usage-flush against real Redis counters and Postgres: absolute per-day UPSERTs, so re-runs and crashes are exact. */
describe('usage-flush (real Redis, Postgres, BullMQ)', () => {
  let dataSource: DataSource;
  let redis: Redis;
  let keys: RedisKeys;
  let queuePrefix: string;
  let accountId: string;
  let worker: WorkerHandle | undefined;
  let child: ChildProcess | undefined;

  /** `planCount` plans with two keys each, used on two API stages yesterday and one today. */
  async function seed(planCount: number): Promise<string[]> {
    const plans = Array.from({ length: planCount }, (_, i) => `u${String(i).padStart(3, '0')}${randomUUID().slice(0, 5)}`);
    await dataSource.getRepository(UsagePlanEntity).insert(plans.map((id) => ({
      id, accountId, region: 'us-east-1', name: `plan ${id}`, description: null, throttle: null, quota: null, apiStages: [], productCode: null, tags: {}, createdDate: new Date(),
    })));
    const pipeline = redis.pipeline();
    plans.forEach((planId, i) => {
      pipeline.hset(keys.usageDay(accountId, planId, YESTERDAY), usageField('keya000001', 'api0000001:prod'), 10 + i, usageField('keya000001', 'api0000001:beta'), 3, usageField('keyb000002', 'api0000001:prod'), 7);
      pipeline.hset(keys.usageDay(accountId, planId, TODAY), usageField('keya000001', 'api0000001:prod'), 5);
    });
    await pipeline.exec();
    return plans;
  }

  /** What Redis holds for the account's plans, as `plan|key|day|stage -> count`. */
  async function redisTotals(plans: readonly string[]): Promise<Record<string, number>> {
    const totals: Record<string, number> = {};
    for (const planId of plans) {
      for (const day of [YESTERDAY, TODAY]) {
        for (const [field, count] of Object.entries(await redis.hgetall(keys.usageDay(accountId, planId, day)))) {
          const [keyId, apiStage] = field.split('|');
          totals[`${planId}|${keyId}|${day}|${apiStage}`] = Number(count);
        }
      }
    }
    return totals;
  }

  async function postgresTotals(): Promise<Record<string, number>> {
    const rows = await dataSource.getRepository(UsageDayEntity).findBy({ accountId });
    return Object.fromEntries(rows.map((r) => [`${r.usagePlanId}|${r.keyId}|${r.day}|${r.apiStage}`, r.count]));
  }

  const rowCount = (): Promise<number> => dataSource.getRepository(UsageDayEntity).countBy({ accountId });

  beforeEach(() => startClearOfUtcMidnight(60_000), 120_000);
  useWorkerTestEnv({
    queues: [USAGE_FLUSH_QUEUE],
    setup: (e) => {
      ({ dataSource, redis, keys, queuePrefix } = e);
      accountId = e.scope.accountId;
      worker = undefined;
      child = undefined;
    },
    teardown: async () => {
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await worker?.close();
      await dataSource.getRepository(UsageDayEntity).delete({ accountId });
    },
  });

  it('writes absolute per-day counts: running it again changes nothing, new traffic replaces the old totals', async () => {
    const plans = await seed(3);
    const driver = new InlineQueueDriver();
    worker = await startWorker({ databaseUrl: DATABASE_URL, redisUrl: REDIS_URL, keyPrefix: keys.prefix, queuePrefix, queueDriver: driver, logger: false });

    await driver.runScheduled();
    const first = await postgresTotals();
    expect(first).toEqual(await redisTotals(plans));
    expect(first[`${plans[1]}|keya000001|${YESTERDAY}|api0000001:prod`]).toBe(11);
    expect(Object.keys(first)).toHaveLength(12);

    await driver.runScheduled();
    expect(await postgresTotals()).toEqual(first);

    await redis.hincrby(keys.usageDay(accountId, plans[0], TODAY), usageField('keya000001', 'api0000001:prod'), 4);
    await driver.runScheduled();
    const after = await postgresTotals();
    expect(after[`${plans[0]}|keya000001|${TODAY}|api0000001:prod`]).toBe(9);
    expect(after).toEqual(await redisTotals(plans));
  });

  it('survives a worker process killed (SIGKILL) mid-flush: the restarted worker ends with the exact totals', async () => {
    const plans = await seed(300);
    const expectedRows = plans.length * 4;
    child = spawn(process.execPath, ['-r', join(ROOT, 'scripts/register.cjs'), join(ROOT, 'apps/worker/test/usage-flush-worker.child.ts'), DATABASE_URL, REDIS_URL, keys.prefix, queuePrefix], {
      cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'],
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child!.once('exit', (_code, signal) => resolve(signal)));

    // Kill it as soon as the flush has written part of the account's rows.
    await waitFor(async () => (await rowCount()) > 0, 60_000);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const partial = await rowCount();
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(expectedRows);

    // Traffic continues while no worker runs.
    await redis.hincrby(keys.usageDay(accountId, plans[299], TODAY), usageField('keya000001', 'api0000001:prod'), 100);
    await redis.hincrby(keys.usageDay(accountId, plans[0], TODAY), usageField('keyb000002', 'api0000001:prod'), 1);
    const expected = await redisTotals(plans);
    expect(Object.keys(expected)).toHaveLength(expectedRows + 1);

    // The restarted worker's catch-up flush completes the job; absolute values mean nothing is counted twice.
    worker = await startWorker({ databaseUrl: DATABASE_URL, redisUrl: REDIS_URL, keyPrefix: keys.prefix, queuePrefix, usageFlushEveryMs: 0, logger: false });
    await waitFor(async () => (await rowCount()) === expectedRows + 1);
    await waitFor(async () => JSON.stringify(sortKeys(await postgresTotals())) === JSON.stringify(sortKeys(expected)));
    expect(await postgresTotals()).toEqual(expected);
  }, 120_000);
});

function sortKeys(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
