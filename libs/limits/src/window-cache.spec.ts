import { createWindowCache } from './window-cache';

const at = (iso: string) => Date.parse(iso);

describe('window cache', () => {
  it('returns the same window object while inside it and a new one after the roll-over', () => {
    const cache = createWindowCache();
    const first = cache.at(at('2026-11-21T01:00:00Z'), 'DAY', 0);
    expect(cache.at(at('2026-11-21T23:59:59.999Z'), 'DAY', 0)).toBe(first);
    const next = cache.at(at('2026-11-22T00:00:00Z'), 'DAY', 0);
    expect(next.startDate).toBe('2026-11-22');
    expect(next.id).toBe('DAY:2026-11-22');
  });

  it('keeps periods and offsets apart', () => {
    const cache = createWindowCache();
    const now = at('2026-11-18T12:00:00Z');
    expect(cache.at(now, 'WEEK', 0).id).toBe('WEEK:2026-11-15');
    expect(cache.at(now, 'WEEK', 1).id).toBe('WEEK:2026-11-16');
    expect(cache.at(now, 'MONTH', 0).id).toBe('MONTH:2026-11-01');
    expect(cache.at(now, 'MONTH', 20).id).toBe('MONTH:2026-10-21');
    expect(cache.at(now, 'WEEK', 0).id).toBe('WEEK:2026-11-15');
  });

  it.each([['DAY', 1], ['WEEK', 7], ['MONTH', 28], ['MONTH', 0.5]] as const)('rejects %s offset %d even after valid calls', (period, offset) => {
    const cache = createWindowCache();
    cache.at(at('2026-11-18T12:00:00Z'), 'MONTH', 0);
    expect(() => cache.at(at('2026-11-18T12:00:00Z'), period, offset)).toThrow(RangeError);
  });
});
