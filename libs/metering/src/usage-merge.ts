import type { QuotaSettings } from '@tollgate/model';
import type { UsageRecord } from './usage-record';
import { compareRecords } from './usage-reader';
import { QUOTA_ADJUSTMENT } from './usage-layout';
import { quotaWindowOfDay } from './quota-period';
import { formatUtcDay, parseUtcDay } from './utc-day';

/** AWS's `Usage.values`: key id -> one `[used, remaining]` pair per day of the range. */
export type UsageValues = Record<string, Array<[number, number]>>;

/**
 * Postgres totals merged with the not-yet-flushed Redis counters. Both hold absolute per-day counts and
 * Redis is never behind Postgres, so for each (key, day, api stage) the live value wins; days Redis has
 * forgotten (older than its TTL) come from Postgres.
 */
export function mergeUsage(persisted: readonly UsageRecord[], live: readonly UsageRecord[]): UsageRecord[] {
  const merged = new Map<string, UsageRecord>();
  for (const record of persisted) merged.set(identity(record), record);
  for (const record of live) merged.set(identity(record), record);
  return [...merged.values()].sort(compareRecords);
}

/**
 * First day GetUsage must read so `usageValues` can compute "remaining" for `startDate`: the start of the
 * quota window containing it (remaining depends on everything used earlier in the window).
 */
export function usageReadStart(startDate: string, quota?: QuotaSettings): string {
  if (!quota) return startDate;
  return formatUtcDay(quotaWindowOfDay(parseUtcDay(startDate, 'startDate'), quota.period, quota.offset).startDay);
}

export interface UsageValuesOptions {
  /** Inclusive `YYYY-MM-DD` bounds of the report. */
  startDate: string;
  endDate: string;
  /** The plan's quota; without one, "remaining" is reported as 0. */
  quota?: QuotaSettings;
  /** Report exactly these keys (zeros where unused); otherwise every key that has records. */
  keyIds?: readonly string[];
}

/**
 * Builds GetUsage's `values` from merged records (which should start at `usageReadStart`).
 * used = requests that day over all api stages; remaining = limit minus what the window had used by the
 * end of that day, plus UpdateUsage adjustments made in the window so far, never below 0.
 */
export function usageValues(records: readonly UsageRecord[], options: UsageValuesOptions): UsageValues {
  const startDay = parseUtcDay(options.startDate, 'startDate');
  const endDay = parseUtcDay(options.endDate, 'endDate');
  if (endDay < startDay) throw new RangeError(`Invalid range: endDate (${options.endDate}) is before startDate (${options.startDate})`);
  const byKey = new Map<string, Map<number, { used: number; adjusted: number }>>();
  for (const keyId of options.keyIds ?? []) byKey.set(keyId, new Map());
  for (const record of records) {
    let days = byKey.get(record.keyId);
    if (!days) {
      if (options.keyIds) continue;
      days = new Map();
      byKey.set(record.keyId, days);
    }
    const day = parseUtcDay(record.day, 'day');
    const totals = days.get(day) ?? { used: 0, adjusted: 0 };
    if (record.apiStage === QUOTA_ADJUSTMENT) totals.adjusted += record.count;
    else totals.used += record.count;
    days.set(day, totals);
  }
  const values: UsageValues = {};
  for (const [keyId, days] of byKey) {
    values[keyId] = dailyPairs(days, startDay, endDay, options.quota);
  }
  return values;
}

function dailyPairs(
  days: Map<number, { used: number; adjusted: number }>, startDay: number, endDay: number, quota?: QuotaSettings,
): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  let window = quota ? quotaWindowOfDay(startDay, quota.period, quota.offset) : undefined;
  // Consumption of the window before the report starts.
  let consumed = 0;
  if (window) {
    for (let day = window.startDay; day < startDay; day++) {
      const totals = days.get(day);
      if (totals) consumed += totals.used - totals.adjusted;
    }
  }
  for (let day = startDay; day <= endDay; day++) {
    if (quota && window && day >= window.endDay) {
      window = quotaWindowOfDay(day, quota.period, quota.offset);
      consumed = 0;
    }
    const totals = days.get(day);
    const used = totals?.used ?? 0;
    consumed += used - (totals?.adjusted ?? 0);
    pairs.push([used, quota ? Math.max(0, quota.limit - consumed) : 0]);
  }
  return pairs;
}

function identity(record: UsageRecord): string {
  return `${record.keyId}\n${record.day}\n${record.apiStage}`;
}
