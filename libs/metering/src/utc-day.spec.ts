import { MS_PER_DAY, formatUtcDay, parseUtcDay, utcDayNumber } from './utc-day';

describe('UTC days', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2026-11-21', 20778],
    ['2028-02-29', 21243],
  ])('%s is day %d, both ways', (date, day) => {
    expect(parseUtcDay(date)).toBe(day);
    expect(formatUtcDay(day)).toBe(date);
  });

  it('puts every instant of a day on the same day number', () => {
    const start = Date.parse('2026-11-21T00:00:00.000Z');
    expect(utcDayNumber(start)).toBe(20778);
    expect(utcDayNumber(start + MS_PER_DAY - 1)).toBe(20778);
    expect(utcDayNumber(start + MS_PER_DAY)).toBe(20779);
  });

  it.each(['2026-02-30', '2026-13-01', '2026-1-01', '20261121', '2026-11-21T00:00:00Z', '', 'yesterday'])(
    'rejects %j with a message naming the field',
    (value) => {
      expect(() => parseUtcDay(value, 'startDate')).toThrow(
        new RangeError(`Invalid startDate: ${JSON.stringify(value)} is not a date in the format YYYY-MM-DD`),
      );
    },
  );
});
