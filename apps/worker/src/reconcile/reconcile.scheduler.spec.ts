import { InlineQueueDriver } from '../queue/inline-queue.driver';
import type { QueueJob } from '../queue/queue-driver';
import { InMemoryStagePublicationSource } from '../stage-publication/in-memory-stage-publication.source';
import type { StartWorkerOptions } from '../worker-options';
import type { ReconcileProcessor } from './reconcile.processor';
import { ReconcileScheduler } from './reconcile.scheduler';

const base: StartWorkerOptions = { databaseUrl: 'postgres://unused', redisUrl: 'redis://unused', keyPrefix: 'test:', queuePrefix: 'q' };

/** A processor that records the jobs it is given. */
function recordingProcessor(): { processor: ReconcileProcessor; jobs: QueueJob[] } {
  const jobs: QueueJob[] = [];
  return { jobs, processor: { process: async (job: QueueJob) => { jobs.push(job); } } as unknown as ReconcileProcessor };
}

describe('ReconcileScheduler', () => {
  it('consumes the reconcile queue and schedules reconcile-redis when a period is set', async () => {
    const driver = new InlineQueueDriver();
    const { processor, jobs } = recordingProcessor();
    const scheduler = new ReconcileScheduler(driver, { ...base, reconcileEveryMs: 1000 }, processor);
    expect(scheduler.enabled).toBe(true);
    await scheduler.start();
    await driver.runScheduled();
    await driver.runScheduled();
    expect(jobs.map((job) => [job.name, job.data])).toEqual([['reconcile-redis', {}], ['reconcile-redis', {}]]);
  });

  it.each<[string, Partial<StartWorkerOptions>]>([
    ['no period (the in-process default)', {}],
    ['period 0', { reconcileEveryMs: 0 }],
    ['an in-memory stage source (nothing to compare against)', { reconcileEveryMs: 1000, source: new InMemoryStagePublicationSource() }],
  ])('does nothing with %s', async (_case, options) => {
    const driver = new InlineQueueDriver();
    const { processor, jobs } = recordingProcessor();
    const scheduler = new ReconcileScheduler(driver, { ...base, ...options }, processor);
    expect(scheduler.enabled).toBe(false);
    await scheduler.start();
    await driver.runScheduled();
    expect(jobs).toEqual([]);
  });
});
