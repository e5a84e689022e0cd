import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { BullJobProducer } from './bull-job-producer';
import { CONFIG_PUBLISH_QUEUE } from './queues';
import { ResilientJobProducer } from './resilient-job-producer';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** The real BullMQ producer underneath: an unreachable Redis is logged, a reachable one gets the job. */
describe('ResilientJobProducer over BullJobProducer', () => {
  it('resolves within its timeout and logs the ids when Redis is unreachable', async () => {
    const warnings: string[] = [];
    // Port 1 refuses connections: ioredis keeps retrying, so without the timeout the enqueue would hang.
    const producer = new ResilientJobProducer(new BullJobProducer({ url: 'redis://127.0.0.1:1', prefix: `test-bull-${randomUUID()}` }), {
      timeoutMs: 300, logger: { warn: (message) => warnings.push(message) },
    });
    try {
      const started = Date.now();
      await producer.enqueue(CONFIG_PUBLISH_QUEUE, 'publish-account', { accountId: '123456789012' });
      // Without the timeout ioredis retries forever; the bound leaves room for a loaded CI machine.
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(warnings).toEqual([
        'enqueue config-publish/publish-account {"accountId":"123456789012"} failed: no answer within 300 ms; ' +
        "the change is stored and the worker's reconciler will publish it",
      ]);
    } finally {
      await producer.close();
    }
  });

  it('enqueues through a reachable Redis without a warning', async () => {
    const prefix = `test-bull-${randomUUID()}`;
    const warnings: string[] = [];
    const producer = new ResilientJobProducer(new BullJobProducer({ url: REDIS_URL, prefix }), { logger: { warn: (m) => warnings.push(m) } });
    const queue = new Queue(CONFIG_PUBLISH_QUEUE, { prefix, connection: { url: REDIS_URL } });
    try {
      await producer.enqueue(CONFIG_PUBLISH_QUEUE, 'publish-account', { accountId: '123456789012' }, { jobId: 'acct-1' });
      const job = await queue.getJob('acct-1');
      expect(job?.name).toBe('publish-account');
      expect(job?.data).toEqual({ accountId: '123456789012' });
      expect(warnings).toEqual([]);
    } finally {
      await producer.close();
      await queue.obliterate({ force: true });
      await queue.close();
    }
  });
});
