import type { JobProducer } from './job-producer';
import { DEPLOYMENT_PUBLISH_QUEUE } from './queues';
import { ResilientJobProducer } from './resilient-job-producer';

/** An inner producer whose enqueue behaves as each test needs. */
function innerProducer(enqueue: () => Promise<void>): JobProducer & { closed: boolean } {
  return {
    closed: false,
    enqueue,
    async close() { this.closed = true; },
  };
}

const payload = { accountId: '123456789012', restApiId: 'abcde12345', stageName: 'prod' };

describe('ResilientJobProducer', () => {
  let warnings: string[];
  const logger = { warn: (message: string) => { warnings.push(message); } };
  beforeEach(() => { warnings = []; });

  it('passes a successful enqueue through without a warning', async () => {
    const calls: unknown[][] = [];
    const inner = innerProducer(async () => undefined);
    inner.enqueue = async (...args: unknown[]) => { calls.push(args); };
    await new ResilientJobProducer(inner, { logger }).enqueue(DEPLOYMENT_PUBLISH_QUEUE, 'publish-stage', payload, { jobId: 'dep1' });
    expect(calls).toEqual([[DEPLOYMENT_PUBLISH_QUEUE, 'publish-stage', payload, { jobId: 'dep1' }]]);
    expect(warnings).toEqual([]);
  });

  it.each([
    ['rejects', () => Promise.reject(new Error('Connection is closed.')), 'Connection is closed.'],
    ['throws synchronously', () => { throw new Error('queue closed'); }, 'queue closed'],
    ['rejects with a non-Error', () => Promise.reject('boom'), 'boom'],
  ])('resolves and logs the ids when the inner enqueue %s', async (_case, enqueue, reason) => {
    const producer = new ResilientJobProducer(innerProducer(enqueue as () => Promise<void>), { logger, timeoutMs: 5000 });
    await expect(producer.enqueue(DEPLOYMENT_PUBLISH_QUEUE, 'publish-stage', payload, { jobId: 'dep1' })).resolves.toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`deployment-publish/publish-stage ${JSON.stringify(payload)} (job dep1) failed: ${reason}`);
    expect(warnings[0]).toContain('reconciler');
  });

  it('gives up on an enqueue that does not answer within the timeout, and swallows its late failure', async () => {
    let fail: (error: Error) => void = () => undefined;
    const hanging = new Promise<void>((_resolve, reject) => { fail = reject; });
    const producer = new ResilientJobProducer(innerProducer(() => hanging), { logger, timeoutMs: 30 });
    const started = Date.now();
    await producer.enqueue(DEPLOYMENT_PUBLISH_QUEUE, 'unpublish-stage', payload);
    // The inner enqueue never settles; the bound leaves room for a loaded CI machine.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(warnings).toEqual([expect.stringContaining('deployment-publish/unpublish-stage') as unknown as string]);
    expect(warnings[0]).toContain('no answer within 30 ms');
    // A rejection after the timeout must not surface as an unhandled rejection.
    fail(new Error('late'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings).toHaveLength(1);
  });

  it('closes the inner producer', async () => {
    const inner = innerProducer(async () => undefined);
    await new ResilientJobProducer(inner).close();
    expect(inner.closed).toBe(true);
  });
});
