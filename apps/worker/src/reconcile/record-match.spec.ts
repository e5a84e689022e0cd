import type { StageRecord } from '@tollgate/model';
import { recordMatches, stageRecordMatches, stringFields } from './record-match';

const record: StageRecord = {
  schemaVersion: 1, accountId: '123456789012', region: 'us-east-1', restApiId: 'abcde12345', stageName: 'prod', deploymentId: 'dep0000001',
  variables: { a: '1' }, methodSettings: {}, cacheClusterEnabled: false, tracingEnabled: false, updatedAt: 1700000000000,
};
const canary = { percentTraffic: 5, deploymentId: 'dep0000002', stageVariableOverrides: { a: '2' }, useStageCache: false };

describe('stageRecordMatches', () => {
  it.each<[string, string | null, boolean]>([
    ['the same record', JSON.stringify(record), true],
    ['other variables but the same pointer and time (only updatedAt tracks changes)', JSON.stringify({ ...record, variables: {} }), true],
    ['another deployment', JSON.stringify({ ...record, deploymentId: 'dep0000009' }), false],
    ['an older update', JSON.stringify({ ...record, updatedAt: record.updatedAt - 1 }), false],
    ['another schema version', JSON.stringify({ ...record, schemaVersion: 2 }), false],
    ['a canary Postgres does not have', JSON.stringify({ ...record, canarySettings: canary }), false],
    ['no record', null, false],
    ['not JSON', 'garbage', false],
    ['JSON null', 'null', false],
  ])('%s -> %s', (_case, raw, expected) => {
    expect(stageRecordMatches(record, raw)).toBe(expected);
  });

  it('compares canary settings by value, whatever the key order', () => {
    const withCanary = { ...record, canarySettings: canary };
    const reordered = { ...record, canarySettings: { useStageCache: false, stageVariableOverrides: { a: '2' }, deploymentId: 'dep0000002', percentTraffic: 5 } };
    expect(stageRecordMatches(withCanary, JSON.stringify(reordered))).toBe(true);
    expect(stageRecordMatches(withCanary, JSON.stringify({ ...record, canarySettings: { ...canary, percentTraffic: 6 } }))).toBe(false);
    expect(stageRecordMatches(withCanary, JSON.stringify(record))).toBe(false);
  });
});

describe('recordMatches', () => {
  it.each<[string, object | null, string | null, boolean]>([
    ['equal, keys reordered', { id: 'k', enabled: true, usagePlanIds: ['a'] }, '{"usagePlanIds":["a"],"enabled":true,"id":"k"}', true],
    ['a field differs', { id: 'k', enabled: false }, '{"id":"k","enabled":true}', false],
    ['list order differs', { usagePlanIds: ['a', 'b'] }, '{"usagePlanIds":["b","a"]}', false],
    ['undefined fields are not stored', { id: 'p', throttle: undefined }, '{"id":"p"}', true],
    ['expected but absent', { id: 'p' }, null, false],
    ['expected absent and absent', null, null, true],
    ['expected absent but present', null, '{"id":"p"}', false],
    ['garbage stored', { id: 'p' }, '{not json', false],
  ])('%s', (_case, expected, raw, result) => {
    expect(recordMatches(expected, raw)).toBe(result);
  });
});

describe('stringFields', () => {
  it('reads the named non-empty string fields, or nothing', () => {
    expect(stringFields('{"accountId":"1","id":"k","x":2}', ['accountId', 'id'] as const)).toEqual({ accountId: '1', id: 'k' });
    expect(stringFields('{"accountId":"1","id":""}', ['accountId', 'id'] as const)).toBeUndefined();
    expect(stringFields('{"accountId":1,"id":"k"}', ['accountId', 'id'] as const)).toBeUndefined();
    expect(stringFields('[]', ['id'] as const)).toBeUndefined();
    expect(stringFields(null, ['id'] as const)).toBeUndefined();
  });
});
