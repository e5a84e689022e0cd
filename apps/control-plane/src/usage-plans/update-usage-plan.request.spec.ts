import type { UsagePlanEntity } from '@tollgate/persistence';
import type { PatchOperation } from '../common/patch-operations';
import { applyUsagePlanPatch } from './update-usage-plan.request';

function plan(overrides: Partial<UsagePlanEntity> = {}): UsagePlanEntity {
  return {
    id: 'plan000001', accountId: '000000000000', region: 'us-east-1', name: 'p', description: null, throttle: null, quota: null,
    apiStages: [{ apiId: 'api0000001', stage: 'prod' }], productCode: null, tags: {}, createdDate: new Date(0), ...overrides,
  };
}

const op = (o: PatchOperation['op'], path: string, value?: string): PatchOperation => ({ op: o, path, value });

describe('applyUsagePlanPatch (AWS-BEHAVIOUR.md §9 paths)', () => {
  it.each<[string, PatchOperation[], Partial<UsagePlanEntity>]>([
    ['throttle fields', [op('replace', '/throttle/burstLimit', '10'), op('replace', '/throttle/rateLimit', '2.5')], { throttle: { burstLimit: 10, rateLimit: 2.5 } }],
    ['a quota from nothing (offset 0)', [op('replace', '/quota/limit', '5'), op('replace', '/quota/period', 'DAY')], { quota: { limit: 5, offset: 0, period: 'DAY' } }],
    ['an api stage added', [op('add', '/apiStages', 'api0000002:beta')], { apiStages: [{ apiId: 'api0000001', stage: 'prod' }, { apiId: 'api0000002', stage: 'beta' }] }],
    ['an api stage removed', [op('remove', '/apiStages', 'api0000001:prod')], { apiStages: [] }],
    ['a method throttle with ~1-escaped path', [op('replace', '/apiStages/api0000001:prod/throttle/~1pets~1{id}/GET/rateLimit', '3')],
      { apiStages: [{ apiId: 'api0000001', stage: 'prod', throttle: { '/pets/{id}/GET': { rateLimit: 3 } } }] }],
    ['a method throttle with plain slashes', [op('add', '/apiStages/api0000001:prod/throttle/pets/POST/burstLimit', '4')],
      { apiStages: [{ apiId: 'api0000001', stage: 'prod', throttle: { '/pets/POST': { burstLimit: 4 } } }] }],
    ['the root method (//GET)', [op('replace', '/apiStages/api0000001:prod/throttle/~1/GET/burstLimit', '1')],
      { apiStages: [{ apiId: 'api0000001', stage: 'prod', throttle: { '//GET': { burstLimit: 1 } } }] }],
  ])('%s', (_case, operations, expected) => {
    expect(applyUsagePlanPatch(plan(), operations).values).toMatchObject(expected);
  });

  it('reports added stages for the existence and conflict checks', () => {
    expect(applyUsagePlanPatch(plan(), [op('add', '/apiStages', 'api0000002:beta')]).addedStages).toEqual([{ apiId: 'api0000002', stage: 'beta' }]);
  });

  it('removes method throttles and whole quotas', () => {
    const current = plan({ quota: { limit: 1, offset: 0, period: 'DAY' }, apiStages: [{ apiId: 'api0000001', stage: 'prod', throttle: { '/a/GET': { rateLimit: 1, burstLimit: 2 } } }] });
    const { values } = applyUsagePlanPatch(current, [op('remove', '/apiStages/api0000001:prod/throttle/~1a/GET/rateLimit'), op('remove', '/quota')]);
    expect(values.quota).toBeNull();
    expect(values.apiStages).toEqual([{ apiId: 'api0000001', stage: 'prod', throttle: { '/a/GET': { burstLimit: 2 } } }]);
  });

  it.each<[string, PatchOperation[], string]>([
    ['an unknown path', [op('replace', '/bogus', '1')], "Invalid patch path '/bogus' specified for op 'replace'"],
    ['a non-integer burst', [op('replace', '/throttle/burstLimit', '1.5')], "Invalid value for '/throttle/burstLimit': 1.5. Must be an integer"],
    ['a DAY quota with an offset', [op('replace', '/quota/limit', '1'), op('replace', '/quota/period', 'DAY'), op('replace', '/quota/offset', '2')], 'Quota offset must be 0 for period DAY'],
    ['a stage not in the plan', [op('replace', '/apiStages/x:y/throttle/~1a/GET/rateLimit', '1')], 'API stage x:y is not in this usage plan'],
    ['a malformed api stage', [op('add', '/apiStages', 'nocolon')], "Invalid API stage 'nocolon': expected {apiId}:{stage}"],
    ['an empty name', [op('replace', '/name', '')], 'Invalid usage plan name'],
    ['a missing value', [op('replace', '/throttle/rateLimit')], "'value' is required"],
  ])('rejects %s with a BadRequest message', (_case, operations, message) => {
    expect(() => applyUsagePlanPatch(plan(), operations)).toThrow(message);
  });
});
