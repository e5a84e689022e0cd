import { formatUtcDay, parseUtcDay, utcDayNumber } from '@tollgate/metering';
import { UsageError } from './usage.error';

/** Redis keeps day counters 40 days (USAGE_TTL_SECONDS); older days are read from Postgres only. */
const LIVE_DAYS = 41;
/** Longest report one request may ask for (keeps a report to one bounded Redis pipeline and query). */
export const MAX_REPORT_DAYS = 400;

export interface DayRange {
  startDate: string;
  endDate: string;
}

/** Validates `startDate`/`endDate` query parameters (`YYYY-MM-DD`, inclusive, start <= end). */
export function parseDayRange(startDate: string | undefined, endDate: string | undefined): DayRange {
  if (!startDate) throw UsageError.invalid("'startDate' is required (YYYY-MM-DD)");
  if (!endDate) throw UsageError.invalid("'endDate' is required (YYYY-MM-DD)");
  let start: number;
  let end: number;
  try {
    start = parseUtcDay(startDate, 'startDate');
    end = parseUtcDay(endDate, 'endDate');
  } catch (error) {
    throw UsageError.invalid(error instanceof Error ? error.message : String(error));
  }
  if (end < start) throw UsageError.invalid(`Invalid 'endDate': ${endDate} is before startDate ${startDate}`);
  if (end - start + 1 > MAX_REPORT_DAYS) throw UsageError.invalid(`Invalid date range: at most ${MAX_REPORT_DAYS} days can be requested`);
  return { startDate, endDate };
}

/** The part of [from, to] Redis may still hold, or undefined when none of it can be live. */
export function liveRange(from: string, to: string, nowMs: number): DayRange | undefined {
  const today = utcDayNumber(nowMs);
  const start = Math.max(parseUtcDay(from), today - LIVE_DAYS);
  const end = Math.min(parseUtcDay(to), today);
  return start <= end ? { startDate: formatUtcDay(start), endDate: formatUtcDay(end) } : undefined;
}

export function today(nowMs: number): string {
  return formatUtcDay(utcDayNumber(nowMs));
}
