import { PermanentJobError } from '../queue/permanent-job.error';
import { ReconcileProcessor } from './reconcile.processor';
import type { ReconcileService } from './reconcile.service';

describe('ReconcileProcessor', () => {
  const setup = () => {
    let passes = 0;
    const service = { reconcile: async () => { passes++; } } as unknown as ReconcileService;
    return { processor: new ReconcileProcessor(service), passes: () => passes };
  };

  it('runs a pass for reconcile-redis', async () => {
    const { processor, passes } = setup();
    await processor.process({ id: '1', name: 'reconcile-redis', data: {}, attemptsMade: 0 });
    expect(passes()).toBe(1);
  });

  it('fails an unknown job permanently without a pass', async () => {
    const { processor, passes } = setup();
    await expect(processor.process({ id: '2', name: 'reconcile-everything', data: {}, attemptsMade: 0 }))
      .rejects.toEqual(new PermanentJobError('reconcile: unknown job name "reconcile-everything"'));
    expect(passes()).toBe(0);
  });
});
