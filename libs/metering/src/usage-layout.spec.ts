import { QUOTA_ADJUSTMENT, apiStageId, parseUsageField, usageField } from './usage-layout';

describe('usage hash fields', () => {
  it.each([
    ['k1', apiStageId('abc123', 'prod')],
    ['k1', apiStageId('abc123', 'stage|with|bars')],
    ['key9', QUOTA_ADJUSTMENT],
  ])('round-trips key %s and api stage %s', (keyId, apiStage) => {
    expect(parseUsageField(usageField(keyId, apiStage))).toEqual({ keyId, apiStage });
  });

  it.each(['', 'no-separator', '|apiStage', 'keyId|'])('ignores the foreign field %j', (field) => {
    expect(parseUsageField(field)).toBeUndefined();
  });

  it('keeps the adjustment marker apart from real api stages', () => {
    expect(QUOTA_ADJUSTMENT.includes(':')).toBe(false);
    expect(apiStageId('abc', 'prod')).toBe('abc:prod');
  });
});
