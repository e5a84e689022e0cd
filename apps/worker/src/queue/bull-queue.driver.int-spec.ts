import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { USAGE_FLUSH_QUEUE } from '@tollgate/jobs';
import { BullQueueDriver } from './bull-queue.driver';
import type { QueueJob } from './queue-driver';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('BullQueueDriver schedules (real BullMQ)', () => {
  let prefix: string;
  let driver: BullQueueDriver;
  let inspect: Queue;

  beforeEach(() => {
    prefix = `test-bull-${randomUUID()}`;
    driver = new BullQueueDriver({ redisUrl: REDIS_URL, prefix, concurrency: 1 });
    inspect = new Queue(USAGE_FLUSH_QUEUE, { prefix, connection: { url: REDIS_URL } });
  });

  afterEach(async () => {
    await driver.close();
    await inspect.obliterate({ force: true });
    await inspect.close();
  });

  it('repeats a scheduled job, and scheduling again replaces the schedule instead of adding one', async () => {
    const runs: QueueJob[] = [];
    driver.work(USAGE_FLUSH_QUEUE, async (job) => { runs.push(job); });

    await driver.schedule(USAGE_FLUSH_QUEUE, 'flush-usage', {}, 60_000);
    await driver.schedule(USAGE_FLUSH_QUEUE, 'flush-usage', {}, 100);
    // On a deadline, not a number of polls: repeat jobs run late on a loaded machine.
    const deadline = Date.now() + 15_000;
    while (runs.length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));

    expect(runs.length).toBeGreaterThanOrEqual(3);
    expect(runs.every((job) => job.name === 'flush-usage')).toBe(true);
    expect(await inspect.getJobSchedulersCount()).toBe(1);
  });
});
