/**
 * UTC calendar days as integers (days since 1970-01-01) and as `YYYY-MM-DD` strings.
 * Usage is bucketed per UTC day and every quota window starts at a UTC midnight, so day numbers are the
 * unit of all period math here; strings only appear in keys and on the wire.
 */
export const MS_PER_DAY = 86_400_000;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of the UTC day containing `ms` (epoch milliseconds). */
export function utcDayNumber(ms: number): number {
  return Math.floor(ms / MS_PER_DAY);
}

/** `YYYY-MM-DD` of a day number. */
export function formatUtcDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Parses a strict `YYYY-MM-DD` (a real calendar date) into a day number.
 * Throws RangeError naming `field`, so callers can surface it as a BadRequestException as is.
 */
export function parseUtcDay(value: string, field = 'date'): number {
  const match = DAY_PATTERN.exec(value);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const ms = Date.UTC(year, month - 1, day);
    const back = new Date(ms);
    // Date.UTC silently rolls 2024-02-30 into March; a round trip rejects such dates.
    if (back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day) {
      return ms / MS_PER_DAY;
    }
  }
  throw new RangeError(`Invalid ${field}: ${JSON.stringify(value)} is not a date in the format YYYY-MM-DD`);
}
