import type { QuotaSettings } from '@tollgate/model';
import { MS_PER_DAY, formatUtcDay } from './utc-day';

/**
 * Quota windows in UTC. AWS documents `QuotaSettings.offset` two ways:
 * - API reference / botocore today: "the number of requests subtracted from the given limit in the
 *   initial time period";
 * - older API reference and CloudFormation: "the day that a time period starts. For example, with a time
 *   period of WEEK, an offset of 0 starts on Sunday, and an offset of 1 starts on Monday."
 * We follow the second reading: it is the only one consistent with AWS rejecting a non-zero offset for
 * DAY, and it gives every window a calendar definition that several data planes compute identically.
 * - DAY: offset must be 0; windows are UTC days.
 * - WEEK: offset 0..6 is the weekday the week starts on (0 = Sunday).
 * - MONTH: offset 0..27 is the number of days after the 1st the month starts on (0 = the 1st). AWS does
 *   not document MONTH offsets; 27 is the largest shift every month (February included) can honour.
 */
export type QuotaPeriod = QuotaSettings['period'];

export const QUOTA_PERIODS: readonly QuotaPeriod[] = ['DAY', 'WEEK', 'MONTH'];

const MAX_OFFSET: Readonly<Record<QuotaPeriod, number>> = { DAY: 0, WEEK: 6, MONTH: 27 };

/** Counters outlive their window by this much, so a data plane whose clock lags a little still finds them. */
export const QUOTA_COUNTER_GRACE_MS = 3_600_000;

export interface QuotaWindow {
  /** Inclusive start, epoch ms (a UTC midnight). */
  readonly startMs: number;
  /** Exclusive end, epoch ms (a UTC midnight). */
  readonly endMs: number;
  /** Day numbers of start (inclusive) and end (exclusive). */
  readonly startDay: number;
  readonly endDay: number;
  /** Stable id for the counter key, e.g. `WEEK:2026-11-15` (period and start date). */
  readonly id: string;
  /** When the counter may expire (PEXPIREAT), epoch ms. */
  readonly expireAtMs: number;
}

/** Returns an AWS-style validation message for quota settings, or undefined when they are valid. */
export function quotaSettingsError(quota: { limit: unknown; offset?: unknown; period: unknown }): string | undefined {
  if (!QUOTA_PERIODS.includes(quota.period as QuotaPeriod)) {
    return `Invalid quota period: ${String(quota.period)}. Valid values are DAY, WEEK or MONTH`;
  }
  if (!Number.isInteger(quota.limit) || (quota.limit as number) < 0) {
    return 'Quota limit must be a non-negative integer';
  }
  const offset = quota.offset ?? 0;
  const max = MAX_OFFSET[quota.period as QuotaPeriod];
  if (!Number.isInteger(offset) || (offset as number) < 0 || (offset as number) > max) {
    return max === 0
      ? `Quota offset must be 0 for period ${String(quota.period)}`
      : `Quota offset must be an integer between 0 and ${max} for period ${String(quota.period)}`;
  }
  return undefined;
}

/** The window containing the UTC day `day` (a day number). Throws RangeError on invalid settings. */
export function quotaWindowOfDay(day: number, period: QuotaPeriod, offset: number): QuotaWindow {
  const error = quotaSettingsError({ limit: 0, offset, period });
  if (error) throw new RangeError(error);
  let startDay: number;
  let endDay: number;
  if (period === 'DAY') {
    startDay = day;
    endDay = day + 1;
  } else if (period === 'WEEK') {
    // 1970-01-01 was a Thursday (weekday 4); step back to the most recent `offset` weekday.
    const weekday = (((day + 4) % 7) + 7) % 7;
    startDay = day - ((weekday - offset + 7) % 7);
    endDay = startDay + 7;
  } else {
    const date = new Date(day * MS_PER_DAY);
    const year = date.getUTCFullYear();
    // Before this month's start day we are still in the window that began last month.
    const month = date.getUTCMonth() - (date.getUTCDate() < offset + 1 ? 1 : 0);
    startDay = Date.UTC(year, month, offset + 1) / MS_PER_DAY;
    endDay = Date.UTC(year, month + 1, offset + 1) / MS_PER_DAY;
  }
  const endMs = endDay * MS_PER_DAY;
  return {
    startMs: startDay * MS_PER_DAY,
    endMs,
    startDay,
    endDay,
    id: `${period}:${formatUtcDay(startDay)}`,
    expireAtMs: endMs + QUOTA_COUNTER_GRACE_MS,
  };
}

/** The window containing the instant `nowMs`. */
export function quotaWindowAt(nowMs: number, period: QuotaPeriod, offset: number): QuotaWindow {
  return quotaWindowOfDay(Math.floor(nowMs / MS_PER_DAY), period, offset);
}
