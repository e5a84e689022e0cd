import pino from 'pino';
import type { LimitDecision, LimitRequest, Limiter } from '@tollgate/limits';
import { redisKeys, type UsagePlanRecord } from '@tollgate/model';
import { buildMethod, buildResource, buildSnapshot } from '@tollgate/testing';
import { fakeServices, routedContext, thrownType } from '../../context.fixture';
import { InMemoryLimitRecords } from '../../limits/in-memory-limit-records';
import { createLimitServices, type LimitServices } from '../../limits/limit-services';
import type { RequestContext } from '../context';
import { limitsStage } from './limits.stage';

const ACCOUNT = '111122223333';
const API = 'abc123defg';
const keys = redisKeys('unit:');

class ScriptedLimiter implements Limiter {
  readonly requests: LimitRequest[] = [];
  next: LimitDecision | Error = { admitted: true };

  check(request: LimitRequest): Promise<LimitDecision> {
    this.requests.push(request);
    return this.next instanceof Error ? Promise.reject(this.next) : Promise.resolve(this.next);
  }
}

const plan: UsagePlanRecord = {
  id: 'plan1', accountId: ACCOUNT, name: 'gold', throttle: { rateLimit: 10, burstLimit: 20 },
  quota: { limit: 1000, offset: 0, period: 'DAY' }, apiStages: { [`${API}:dev`]: { '/pets/{id}/GET': { rateLimit: 1, burstLimit: 2 } } },
};

describe('limits stage', () => {
  const snapshot = buildSnapshot({
    restApiId: API, accountId: ACCOUNT,
    resources: [buildResource('/'), buildResource('/pets/{id}', { GET: buildMethod() })],
  });
  const records = new InMemoryLimitRecords().putAccount({ accountId: ACCOUNT, throttle: { rateLimit: 500, burstLimit: 100 } });
  const warnings: string[] = [];
  const logger = pino({ level: 'warn' }, { write: (line: string) => warnings.push(line) });

  function setup(): { limiter: ScriptedLimiter; limits: LimitServices; context: (withKey?: boolean) => RequestContext } {
    const limiter = new ScriptedLimiter();
    const limits = createLimitServices({ records, limiter, keys, logger });
    const stageOverrides = { stageName: 'dev', methodSettings: { '*/*': { throttlingRateLimit: 50, throttlingBurstLimit: 60 } } };
    const served = routedContext(snapshot, 'GET', '/pets/1', {}, stageOverrides, fakeServices({ limits })).stage;
    const context = (withKey = false): RequestContext => {
      const ctx = routedContext(snapshot, 'GET', '/pets/1', {}, stageOverrides, fakeServices({ limits }));
      ctx.stage = served; // the same served stage, as the store hands out between changes
      if (withKey) {
        ctx.identity.apiKeyId = 'key1';
        ctx.usagePlanId = plan.id;
        ctx.usagePlan = plan;
      }
      return ctx;
    };
    return { limiter, limits, context };
  }

  it('applies stage and account throttles to callers without a key, with no quota or usage', async () => {
    const { limiter, context } = setup();
    await limitsStage(context());
    expect(limiter.requests).toHaveLength(1);
    const [request] = limiter.requests;
    expect(request.buckets.map((bucket) => [bucket.scope, bucket.rateLimit, bucket.burstLimit])).toEqual([['stage', 50, 60], ['account', 500, 100]]);
    expect(request.quota).toBeUndefined();
    expect(request.usage).toBeUndefined();
  });

  it('adds the plan, per-method plan throttle, quota and usage for a keyed caller, in AWS order', async () => {
    const { limiter, context } = setup();
    await limitsStage(context(true));
    const [request] = limiter.requests;
    expect(request.buckets.map((bucket) => bucket.scope)).toEqual(['client-method', 'client', 'stage', 'account']);
    expect(request.buckets[0].key).toBe(keys.clientMethodBucket(ACCOUNT, 'plan1', 'key1', `${API}:dev`, '/pets/{id}/GET'));
    expect(request.quota).toEqual({ planId: 'plan1', keyId: 'key1', limit: 1000, period: 'DAY', offset: 0 });
    expect(request.usage).toEqual({ planId: 'plan1', keyId: 'key1', apiStage: `${API}:dev` });
  });

  it('reuses the planned request while stage, account, plan and key are unchanged', async () => {
    const { limiter, context } = setup();
    await limitsStage(context(true));
    await limitsStage(context(true));
    await limitsStage(context());
    await limitsStage(context());
    expect(limiter.requests[1]).toBe(limiter.requests[0]);
    expect(limiter.requests[3]).toBe(limiter.requests[2]);
    expect(limiter.requests[2]).not.toBe(limiter.requests[0]);
  });

  it.each([
    [{ admitted: false, reason: 'THROTTLED', throttledBy: 'client' } as LimitDecision, 'THROTTLED'],
    [{ admitted: false, reason: 'QUOTA_EXCEEDED' } as LimitDecision, 'QUOTA_EXCEEDED'],
    [{ admitted: true, quotaRemaining: 3 } as LimitDecision, undefined],
  ])('decision %j -> %s', async (decision, type) => {
    const { limiter, context } = setup();
    limiter.next = decision;
    expect(await thrownType(() => limitsStage(context(true)))).toBe(type);
  });

  it('fails open when the limiter cannot answer, and logs once per interval', async () => {
    const { limiter, context } = setup();
    limiter.next = new Error('Connection is closed.');
    warnings.length = 0;
    expect(await thrownType(() => limitsStage(context(true)))).toBeUndefined();
    expect(await thrownType(() => limitsStage(context(true)))).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('limits unavailable');
  });

  it('is a no-op without limit services', () => {
    const ctx = routedContext(snapshot, 'GET', '/pets/1');
    expect(limitsStage(ctx)).toBeUndefined();
  });
});
