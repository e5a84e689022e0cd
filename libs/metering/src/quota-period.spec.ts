import { QUOTA_COUNTER_GRACE_MS, quotaSettingsError, quotaWindowAt, quotaWindowOfDay } from './quota-period';
import { formatUtcDay, parseUtcDay } from './utc-day';

const at = (iso: string) => Date.parse(iso);

describe('quotaWindowAt', () => {
  // 2026-11-18 is a Wednesday; 2026-11-15 a Sunday; 2026-11-16 a Monday.
  it.each([
    ['DAY', 0, '2026-11-18T00:00:00.000Z', '2026-11-18', '2026-11-19'],
    ['DAY', 0, '2026-11-18T23:59:59.999Z', '2026-11-18', '2026-11-19'],
    ['DAY', 0, '2026-12-31T12:00:00.000Z', '2026-12-31', '2027-01-01'],
    ['WEEK', 0, '2026-11-18T10:00:00.000Z', '2026-11-15', '2026-11-22'],
    ['WEEK', 1, '2026-11-18T10:00:00.000Z', '2026-11-16', '2026-11-23'],
    ['WEEK', 3, '2026-11-18T00:00:00.000Z', '2026-11-18', '2026-11-25'],
    ['WEEK', 4, '2026-11-18T23:59:59.999Z', '2026-11-12', '2026-11-19'],
    ['WEEK', 6, '2026-11-15T00:00:00.000Z', '2026-11-14', '2026-11-21'],
    ['WEEK', 0, '2026-11-14T23:59:59.999Z', '2026-11-08', '2026-11-15'],
    ['WEEK', 0, '1970-01-01T00:00:00.000Z', '1969-12-28', '1970-01-04'],
    ['WEEK', 4, '1969-12-31T00:00:00.000Z', '1969-12-25', '1970-01-01'],
    ['MONTH', 0, '2026-11-18T10:00:00.000Z', '2026-11-01', '2026-12-01'],
    ['MONTH', 0, '2026-12-31T23:59:59.999Z', '2026-12-01', '2027-01-01'],
    ['MONTH', 0, '2028-02-29T12:00:00.000Z', '2028-02-01', '2028-03-01'],
    ['MONTH', 14, '2026-11-18T10:00:00.000Z', '2026-11-15', '2026-12-15'],
    ['MONTH', 14, '2026-11-14T23:59:59.999Z', '2026-10-15', '2026-11-15'],
    ['MONTH', 14, '2027-01-10T00:00:00.000Z', '2026-12-15', '2027-01-15'],
    ['MONTH', 27, '2027-02-27T00:00:00.000Z', '2027-01-28', '2027-02-28'],
    ['MONTH', 27, '2027-02-28T00:00:00.000Z', '2027-02-28', '2027-03-28'],
  ] as const)('%s offset %d at %s is [%s, %s)', (period, offset, now, start, end) => {
    const window = quotaWindowAt(at(now), period, offset);
    expect(formatUtcDay(window.startDay)).toBe(start);
    expect(formatUtcDay(window.endDay)).toBe(end);
    expect(window.startMs).toBe(at(`${start}T00:00:00.000Z`));
    expect(window.endMs).toBe(at(`${end}T00:00:00.000Z`));
    expect(window.id).toBe(`${period}:${start}`);
    expect(window.expireAtMs).toBe(window.endMs + QUOTA_COUNTER_GRACE_MS);
  });

  it('gives every instant of a window the same id and the next instant a new one', () => {
    const first = quotaWindowAt(at('2026-11-15T00:00:00.000Z'), 'WEEK', 0);
    const last = quotaWindowAt(first.endMs - 1, 'WEEK', 0);
    const next = quotaWindowAt(first.endMs, 'WEEK', 0);
    expect(last.id).toBe(first.id);
    expect(next.id).toBe('WEEK:2026-11-22');
    expect(next.startMs).toBe(first.endMs);
  });

  it('walks a year of MONTH windows without gaps or overlaps', () => {
    let window = quotaWindowAt(at('2027-01-20T00:00:00.000Z'), 'MONTH', 20);
    for (let i = 0; i < 12; i++) {
      const next = quotaWindowOfDay(window.endDay, 'MONTH', 20);
      expect(next.startDay).toBe(window.endDay);
      expect(formatUtcDay(next.startDay).endsWith('-21')).toBe(true);
      window = next;
    }
  });

  it('finds the window of a day number', () => {
    expect(quotaWindowOfDay(parseUtcDay('2026-11-18'), 'WEEK', 1).id).toBe('WEEK:2026-11-16');
  });

  it.each([
    ['DAY', 1],
    ['WEEK', 7],
    ['WEEK', -1],
    ['MONTH', 28],
    ['MONTH', 1.5],
  ] as const)('rejects %s with offset %d', (period, offset) => {
    expect(() => quotaWindowAt(at('2026-11-18T00:00:00.000Z'), period, offset)).toThrow(RangeError);
  });
});

describe('quotaSettingsError', () => {
  it.each([
    [{ limit: 100, offset: 0, period: 'DAY' }, undefined],
    [{ limit: 100, period: 'WEEK' }, undefined],
    [{ limit: 0, offset: 6, period: 'WEEK' }, undefined],
    [{ limit: 5, offset: 27, period: 'MONTH' }, undefined],
    [{ limit: 100, offset: 2, period: 'DAY' }, 'Quota offset must be 0 for period DAY'],
    [{ limit: 100, offset: 7, period: 'WEEK' }, 'Quota offset must be an integer between 0 and 6 for period WEEK'],
    [{ limit: 100, offset: 28, period: 'MONTH' }, 'Quota offset must be an integer between 0 and 27 for period MONTH'],
    [{ limit: -1, offset: 0, period: 'DAY' }, 'Quota limit must be a non-negative integer'],
    [{ limit: 1.5, offset: 0, period: 'DAY' }, 'Quota limit must be a non-negative integer'],
    [{ limit: 10, offset: 0, period: 'YEAR' }, 'Invalid quota period: YEAR. Valid values are DAY, WEEK or MONTH'],
  ])('%j -> %s', (quota, message) => {
    expect(quotaSettingsError(quota)).toBe(message);
  });
});
