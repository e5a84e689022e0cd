import type { AccountRecord, ApiKeyRecord, UsagePlanRecord } from '@tollgate/model';

/**
 * Shape checks for records read from Redis (written by the worker). Run once per load, never per
 * request; a record that fails them is treated as absent and logged, so a bad write cannot crash a request.
 */
export function parseApiKeyRecord(value: unknown): ApiKeyRecord {
  const record = objectOf(value, 'api key');
  if (typeof record.id !== 'string' || typeof record.accountId !== 'string' || typeof record.enabled !== 'boolean'
    || !Array.isArray(record.usagePlanIds) || !record.usagePlanIds.every((id) => typeof id === 'string')) {
    throw new TypeError('api key record needs id, accountId, enabled and usagePlanIds[]');
  }
  return record as unknown as ApiKeyRecord;
}

export function parseUsagePlanRecord(value: unknown): UsagePlanRecord {
  const record = objectOf(value, 'usage plan');
  if (typeof record.id !== 'string' || typeof record.accountId !== 'string' || !isObject(record.apiStages)
    || (record.throttle !== undefined && !isObject(record.throttle))
    || (record.quota !== undefined && !(isObject(record.quota) && typeof record.quota.limit === 'number' && typeof record.quota.period === 'string'))) {
    throw new TypeError('usage plan record needs id, accountId, apiStages{} and well-formed throttle/quota');
  }
  return record as unknown as UsagePlanRecord;
}

export function parseAccountRecord(value: unknown): AccountRecord {
  const record = objectOf(value, 'account');
  const throttle = record.throttle;
  if (typeof record.accountId !== 'string' || !isObject(throttle)
    || typeof throttle.burstLimit !== 'number' || typeof throttle.rateLimit !== 'number') {
    throw new TypeError('account record needs accountId and throttle{burstLimit,rateLimit}');
  }
  return record as unknown as AccountRecord;
}

function objectOf(value: unknown, what: string): Record<string, unknown> {
  if (!isObject(value)) throw new TypeError(`${what} record is not a JSON object`);
  return value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
