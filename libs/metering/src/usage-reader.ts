import type { RedisKeys } from '@tollgate/model';
import type { RedisClient, UsageRecord } from './usage-record';
import { parseUsageField } from './usage-layout';
import { formatUtcDay, parseUtcDay } from './utc-day';

/** Longest range one call reads; counters live 40 days, so more than a year is always a caller bug. */
export const MAX_USAGE_RANGE_DAYS = 400;

export interface ReadUsageQuery {
  accountId: string;
  planId: string;
  /** Only these keys; all keys with usage when omitted. */
  keyIds?: readonly string[];
  /** Inclusive `YYYY-MM-DD` bounds (UTC), as GetUsage's startDate/endDate. */
  from: string;
  to: string;
}

/**
 * Reads the live per-day counters of one plan: one HGETALL per day, sent as one pipeline.
 * Returns records sorted by day, key id and api stage. Throws RangeError on a malformed range.
 */
export async function readUsage(redis: RedisClient, keys: RedisKeys, query: ReadUsageQuery): Promise<UsageRecord[]> {
  const fromDay = parseUtcDay(query.from, 'from');
  const toDay = parseUtcDay(query.to, 'to');
  if (toDay < fromDay) throw new RangeError(`Invalid range: to (${query.to}) is before from (${query.from})`);
  if (toDay - fromDay + 1 > MAX_USAGE_RANGE_DAYS) {
    throw new RangeError(`Invalid range: at most ${MAX_USAGE_RANGE_DAYS} days can be read at once`);
  }
  const days: string[] = [];
  const pipeline = redis.pipeline();
  for (let day = fromDay; day <= toDay; day++) {
    const date = formatUtcDay(day);
    days.push(date);
    pipeline.hgetall(keys.usageDay(query.accountId, query.planId, date));
  }
  const replies = (await pipeline.exec()) ?? [];
  const wanted = query.keyIds ? new Set(query.keyIds) : undefined;
  const records: UsageRecord[] = [];
  replies.forEach(([error, hash], index) => {
    if (error) throw error;
    for (const [field, value] of Object.entries(hash as Record<string, string>)) {
      const parsed = parseUsageField(field);
      if (!parsed || (wanted && !wanted.has(parsed.keyId))) continue;
      records.push({ keyId: parsed.keyId, day: days[index], apiStage: parsed.apiStage, count: Number(value) });
    }
  });
  return records.sort(compareRecords);
}

export function compareRecords(a: UsageRecord, b: UsageRecord): number {
  return a.day < b.day ? -1 : a.day > b.day ? 1
    : a.keyId < b.keyId ? -1 : a.keyId > b.keyId ? 1
      : a.apiStage < b.apiStage ? -1 : a.apiStage > b.apiStage ? 1 : 0;
}
