import type { UsageRecord } from './usage-record';
import { QUOTA_ADJUSTMENT } from './usage-layout';
import { mergeUsage, usageReadStart, usageValues } from './usage-merge';

const rec = (keyId: string, day: string, apiStage: string, count: number): UsageRecord => ({ keyId, day, apiStage, count });

describe('mergeUsage', () => {
  it('lets the live (absolute) value win per key, day and api stage, and keeps days only Postgres has', () => {
    const persisted = [
      rec('k1', '2026-11-01', 'a:prod', 10),
      rec('k1', '2026-11-20', 'a:prod', 5),
      rec('k1', '2026-11-20', 'b:prod', 2),
    ];
    const live = [rec('k1', '2026-11-20', 'a:prod', 7), rec('k2', '2026-11-20', 'a:prod', 1)];
    expect(mergeUsage(persisted, live)).toEqual([
      rec('k1', '2026-11-01', 'a:prod', 10),
      rec('k1', '2026-11-20', 'a:prod', 7),
      rec('k1', '2026-11-20', 'b:prod', 2),
      rec('k2', '2026-11-20', 'a:prod', 1),
    ]);
  });

  it('is idempotent: merging the merge again changes nothing', () => {
    const live = [rec('k1', '2026-11-20', 'a:prod', 7)];
    const once = mergeUsage([rec('k1', '2026-11-20', 'a:prod', 3)], live);
    expect(mergeUsage(once, live)).toEqual(once);
  });
});

describe('usageValues', () => {
  it('gives one [used, remaining] pair per day, summing api stages, with remaining running down the DAY window', () => {
    const records = [
      rec('k1', '2026-11-20', 'a:prod', 3),
      rec('k1', '2026-11-20', 'b:prod', 4),
      rec('k1', '2026-11-22', 'a:prod', 1),
    ];
    expect(usageValues(records, {
      startDate: '2026-11-20', endDate: '2026-11-22', quota: { limit: 10, offset: 0, period: 'DAY' },
    })).toEqual({ k1: [[7, 3], [0, 10], [1, 9]] });
  });

  it('accumulates within a WEEK window, counts days before the range, and resets when the window rolls over', () => {
    // Weeks start on Monday (offset 1): 2026-11-16 and 2026-11-23.
    const records = [
      rec('k1', '2026-11-16', 'a:prod', 20),
      rec('k1', '2026-11-21', 'a:prod', 30),
      rec('k1', '2026-11-22', 'a:prod', 60),
      rec('k1', '2026-11-23', 'a:prod', 5),
    ];
    expect(usageValues(records, {
      startDate: '2026-11-21', endDate: '2026-11-24', quota: { limit: 100, offset: 1, period: 'WEEK' },
    })).toEqual({ k1: [[30, 50], [60, 0], [5, 95], [0, 95]] });
  });

  it('applies UpdateUsage adjustments to remaining but not to used (the AWS doc example)', () => {
    // AWS's example: nothing used, and the owner cut the remaining quota from 5000 to 10 on the third day.
    const records = [rec('px1KW6', '2016-08-03', QUOTA_ADJUSTMENT, -4990)];
    expect(usageValues(records, {
      startDate: '2016-08-01', endDate: '2016-08-03', quota: { limit: 5000, offset: 0, period: 'MONTH' },
    })).toEqual({ px1KW6: [[0, 5000], [0, 5000], [0, 10]] });
  });

  it('reports exactly the requested keys, zero-filled, and 0 remaining without a quota', () => {
    const records = [rec('k1', '2026-11-20', 'a:prod', 2), rec('k2', '2026-11-20', 'a:prod', 9)];
    expect(usageValues(records, { startDate: '2026-11-20', endDate: '2026-11-21', keyIds: ['k1', 'k3'] }))
      .toEqual({ k1: [[2, 0], [0, 0]], k3: [[0, 0], [0, 0]] });
  });

  it('never reports negative remaining', () => {
    const records = [rec('k1', '2026-11-20', 'a:prod', 12)];
    expect(usageValues(records, {
      startDate: '2026-11-20', endDate: '2026-11-20', quota: { limit: 10, offset: 0, period: 'DAY' },
    })).toEqual({ k1: [[12, 0]] });
  });

  it('rejects a range that ends before it starts', () => {
    expect(() => usageValues([], { startDate: '2026-11-21', endDate: '2026-11-20' })).toThrow(RangeError);
  });
});

describe('usageReadStart', () => {
  it.each([
    ['2026-11-21', undefined, '2026-11-21'],
    ['2026-11-21', { limit: 1, offset: 0, period: 'DAY' as const }, '2026-11-21'],
    ['2026-11-21', { limit: 1, offset: 1, period: 'WEEK' as const }, '2026-11-16'],
    ['2026-11-21', { limit: 1, offset: 0, period: 'MONTH' as const }, '2026-11-01'],
  ])('reads %s with quota %j from %s', (startDate, quota, expected) => {
    expect(usageReadStart(startDate, quota)).toBe(expected);
  });
});
