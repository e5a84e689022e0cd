import type { LimitReconcileService } from './limit-reconcile.service';
import { ReconcileService } from './reconcile.service';
import { emptyCounts } from './reconcile-summary';
import type { StageReconcileService } from './stage-reconcile.service';

describe('ReconcileService', () => {
  const setup = () => {
    const calls = { stages: 0, limits: 0 };
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    const stages = { reconcile: async () => { calls.stages++; await gate; return { counts: { checked: 3, repaired: 1, removed: 1 }, failed: 1 }; } };
    const limits = { reconcile: async () => { calls.limits++; return { apiKeys: { checked: 2, repaired: 0, removed: 1 }, usagePlans: emptyCounts(), accounts: emptyCounts(), failed: 2 }; } };
    const service = new ReconcileService(stages as unknown as StageReconcileService, limits as unknown as LimitReconcileService);
    return { service, calls, release };
  };

  it('adds up both halves of the pass', async () => {
    const { service, release } = setup();
    release();
    const summary = await service.reconcile();
    expect(summary).toMatchObject({
      stages: { checked: 3, repaired: 1, removed: 1 }, apiKeys: { checked: 2, repaired: 0, removed: 1 },
      usagePlans: emptyCounts(), accounts: emptyCounts(), failed: 3,
    });
    expect(summary.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('joins the pass already running instead of starting a second one, then runs anew', async () => {
    const { service, calls, release } = setup();
    const first = service.reconcile();
    const second = service.reconcile();
    release();
    expect(await second).toBe(await first);
    expect(calls).toEqual({ stages: 1, limits: 1 });
    await service.reconcile();
    expect(calls).toEqual({ stages: 2, limits: 2 });
  });
});
