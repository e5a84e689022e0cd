import { redisKeys, type UsagePlanRecord } from '@tollgate/model';
import { type LimitPlanInput, planLimitRequest } from './plan-limit-request';

const keys = redisKeys('t:');
const plan = (over: Partial<UsagePlanRecord> = {}): UsagePlanRecord => ({
  id: 'plan1', accountId: 'acc1', name: 'gold', apiStages: { 'api1:prod': {} }, ...over,
});
const input = (over: Partial<LimitPlanInput> = {}): LimitPlanInput => ({
  accountId: 'acc1',
  stage: { restApiId: 'api1', stageName: 'prod', methodSettings: {} },
  route: { resourcePath: '/pets/{petId}', httpMethod: 'GET' },
  ...over,
});

describe('planLimitRequest', () => {
  it('without a key or stage settings checks only the account, at AWS defaults, and counts nothing', () => {
    expect(planLimitRequest(keys, input())).toEqual({
      accountId: 'acc1',
      buckets: [{ key: 't:{a:acc1}:tb:account', scope: 'account', rateLimit: 10000, burstLimit: 5000 }],
    });
  });

  it('lists every configured bucket in AWS order: client-method, client, stage-method, stage, account', () => {
    const request = planLimitRequest(keys, input({
      account: { accountId: 'acc1', throttle: { rateLimit: 500, burstLimit: 250 } },
      stage: {
        restApiId: 'api1', stageName: 'prod',
        methodSettings: {
          '*/*': { throttlingRateLimit: 100, throttlingBurstLimit: 50 },
          '/pets/{petId}/GET': { throttlingRateLimit: 20, throttlingBurstLimit: 10 },
          '/pets/POST': { throttlingRateLimit: 1, throttlingBurstLimit: 1 },
        },
      },
      client: {
        keyId: 'key1',
        plan: plan({
          throttle: { rateLimit: 5, burstLimit: 8 },
          quota: { limit: 1000, offset: 1, period: 'WEEK' },
          apiStages: { 'api1:prod': { '/pets/{petId}/GET': { rateLimit: 2, burstLimit: 3 } } },
        }),
      },
    }));
    expect(request.buckets).toEqual([
      { key: 't:{a:acc1}:tb:client-method:plan1:key1:api1:prod:/pets/{petId}/GET', scope: 'client-method', rateLimit: 2, burstLimit: 3 },
      { key: 't:{a:acc1}:tb:client:plan1:key1', scope: 'client', rateLimit: 5, burstLimit: 8 },
      { key: 't:{a:acc1}:tb:stage-method:api1:prod:/pets/{petId}/GET', scope: 'stage-method', rateLimit: 20, burstLimit: 10 },
      { key: 't:{a:acc1}:tb:stage:api1:prod', scope: 'stage', rateLimit: 100, burstLimit: 50 },
      { key: 't:{a:acc1}:tb:account', scope: 'account', rateLimit: 500, burstLimit: 250 },
    ]);
    expect(request.quota).toEqual({ planId: 'plan1', keyId: 'key1', limit: 1000, period: 'WEEK', offset: 1 });
    expect(request.usage).toEqual({ planId: 'plan1', keyId: 'key1', apiStage: 'api1:prod' });
  });

  it('keeps every bucket of one account on one hash tag (Redis Cluster slot)', () => {
    const request = planLimitRequest(keys, input({
      stage: { restApiId: 'api1', stageName: 'prod', methodSettings: { '*/*': { throttlingRateLimit: 1, throttlingBurstLimit: 1 } } },
      client: { keyId: 'key1', plan: plan({ throttle: { rateLimit: 1, burstLimit: 1 } }) },
    }));
    const tags = request.buckets.map((b) => /\{([^}]*)\}/.exec(b.key)?.[1]);
    expect(new Set(tags)).toEqual(new Set(['a:acc1']));
  });

  it('uses the root resource key //GET and ignores other methods\' settings', () => {
    const request = planLimitRequest(keys, input({
      route: { resourcePath: '/', httpMethod: 'GET' },
      stage: { restApiId: 'api1', stageName: 'prod', methodSettings: { '//GET': { throttlingRateLimit: 3, throttlingBurstLimit: 4 }, '//POST': { throttlingRateLimit: 9 } } },
      client: { keyId: 'key1', plan: plan({ apiStages: { 'api1:prod': { '//GET': { rateLimit: 1, burstLimit: 2 }, '//PUT': { rateLimit: 7 } } } }) },
    }));
    expect(request.buckets.map((b) => [b.scope, b.rateLimit, b.burstLimit])).toEqual([
      ['client-method', 1, 2], ['stage-method', 3, 4], ['account', 10000, 5000],
    ]);
  });

  it('fills a half-set throttle from the account and skips unset or negative limits', () => {
    const request = planLimitRequest(keys, input({
      account: { accountId: 'acc1', throttle: { rateLimit: 300, burstLimit: 200 } },
      stage: {
        restApiId: 'api1', stageName: 'prod',
        methodSettings: { '*/*': { throttlingRateLimit: -1, throttlingBurstLimit: -1, metricsEnabled: true }, '/pets/{petId}/GET': { cachingEnabled: true } },
      },
      client: { keyId: 'key1', plan: plan({ throttle: { rateLimit: 7 } }) },
    }));
    expect(request.buckets.map((b) => [b.scope, b.rateLimit, b.burstLimit])).toEqual([
      ['client', 7, 200], ['account', 300, 200],
    ]);
    expect(request.quota).toBeUndefined();
  });

  it('defaults a missing quota offset to 0', () => {
    const quota = { limit: 10, period: 'DAY' } as unknown as UsagePlanRecord['quota'];
    expect(planLimitRequest(keys, input({ client: { keyId: 'k', plan: plan({ quota }) } })).quota?.offset).toBe(0);
  });
});
