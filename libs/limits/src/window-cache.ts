import { type QuotaPeriod, type QuotaWindow, formatUtcDay, quotaWindowAt } from '@tollgate/metering';

/**
 * Remembers the current window per (period, offset) so the hot path does no date math or string building
 * until a window rolls over. Slots: DAY -> 0, WEEK offset o -> 1 + o, MONTH offset o -> 8 + o.
 */
export interface CachedWindow extends QuotaWindow {
  /** `YYYY-MM-DD` of the window start (for DAY windows: the usage day). */
  readonly startDate: string;
}

export interface WindowCache {
  at(now: number, period: QuotaPeriod, offset: number): CachedWindow;
}

export function createWindowCache(): WindowCache {
  const slots: Array<CachedWindow | undefined> = new Array(36);
  return {
    at(now, period, offset) {
      const slot = slotOf(period, offset);
      const cached = slot >= 0 ? slots[slot] : undefined;
      if (cached && now >= cached.startMs && now < cached.endMs) return cached;
      // Invalid settings never get a slot, so they always reach quotaWindowAt, which throws RangeError.
      const window = quotaWindowAt(now, period, offset);
      const fresh: CachedWindow = { ...window, startDate: formatUtcDay(window.startDay) };
      if (slot >= 0) slots[slot] = fresh;
      return fresh;
    },
  };
}

function slotOf(period: QuotaPeriod, offset: number): number {
  if (!Number.isInteger(offset) || offset < 0) return -1;
  if (period === 'DAY') return offset === 0 ? 0 : -1;
  if (period === 'WEEK') return offset <= 6 ? 1 + offset : -1;
  if (period === 'MONTH') return offset <= 27 ? 8 + offset : -1;
  return -1;
}
