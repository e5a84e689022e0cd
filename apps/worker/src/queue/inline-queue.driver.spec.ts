import { DEPLOYMENT_PUBLISH_QUEUE, USAGE_FLUSH_QUEUE } from '@tollgate/jobs';
import { InlineQueueDriver } from './inline-queue.driver';
import type { QueueJob } from './queue-driver';

describe('InlineQueueDriver', () => {
  const payload = { accountId: '1', restApiId: 'a', stageName: 's' };

  it('runs an enqueued job at once on its queue handler and resolves when it is done', async () => {
    const driver = new InlineQueueDriver();
    const seen: QueueJob[] = [];
    driver.work(DEPLOYMENT_PUBLISH_QUEUE, async (job) => { seen.push(job); });
    driver.work(USAGE_FLUSH_QUEUE, async () => { throw new Error('wrong queue'); });

    await driver.enqueue(DEPLOYMENT_PUBLISH_QUEUE, 'publish-stage', payload, { jobId: 'd1' });

    expect(seen).toEqual([{ id: 'd1', name: 'publish-stage', data: payload, attemptsMade: 0 }]);
  });

  it('throws the handler error back to the producer', async () => {
    const driver = new InlineQueueDriver();
    driver.work(DEPLOYMENT_PUBLISH_QUEUE, async () => { throw new Error('boom'); });
    await expect(driver.enqueue(DEPLOYMENT_PUBLISH_QUEUE, 'unpublish-stage', payload)).rejects.toThrow('boom');
  });

  it('holds jobs enqueued before a handler exists and runs them when it registers', async () => {
    const driver = new InlineQueueDriver();
    const names: string[] = [];
    const done = driver.enqueue(DEPLOYMENT_PUBLISH_QUEUE, 'publish-stage', payload);
    driver.work(DEPLOYMENT_PUBLISH_QUEUE, async (job) => { names.push(job.name); });
    await done;
    expect(names).toEqual(['publish-stage']);
  });

  it('refuses jobs after close', async () => {
    const driver = new InlineQueueDriver();
    await driver.close();
    await expect(driver.enqueue(DEPLOYMENT_PUBLISH_QUEUE, 'publish-stage', payload)).rejects.toThrow('closed');
  });
});

describe('InlineQueueDriver schedules', () => {
  it('records schedules (one per job name) and runs them when asked', async () => {
    const driver = new InlineQueueDriver();
    const names: string[] = [];
    driver.work(USAGE_FLUSH_QUEUE, async (job) => { names.push(job.name); });
    await driver.schedule(USAGE_FLUSH_QUEUE, 'flush-usage', {}, 60_000);
    await driver.schedule(USAGE_FLUSH_QUEUE, 'flush-usage', {}, 30_000);
    expect(names).toEqual([]);

    await driver.runScheduled();
    await driver.runScheduled();

    expect(names).toEqual(['flush-usage', 'flush-usage']);
  });
});
