/**
 * Layout of the usage counters. One Redis hash per (account, plan, UTC day) — `RedisKeys.usageDay` —
 * whose fields are `{keyId}|{apiStage}` and values are request counts. The limiter's Lua script
 * increments a field for every admitted request; that count is the usage record.
 */

/** Long enough for the usage-flush job to persist a day many times over before Redis forgets it. */
export const USAGE_TTL_SECONDS = 40 * 86_400;

/**
 * Pseudo api stage under which UpdateUsage adjustments are recorded (positive = quota extended,
 * negative = reduced), so GetUsage can report AWS's "remaining" per day. It contains no `:`, so it never
 * collides with a real `{restApiId}:{stageName}`.
 */
export const QUOTA_ADJUSTMENT = '#quota-adjustment';

const SEPARATOR = '|';

/** `{restApiId}:{stageName}`, the usage plan's own name for an API stage. */
export function apiStageId(restApiId: string, stageName: string): string {
  return `${restApiId}:${stageName}`;
}

export function usageField(keyId: string, apiStage: string): string {
  return `${keyId}${SEPARATOR}${apiStage}`;
}

/** Splits a usage hash field; undefined for a field this layout did not write. */
export function parseUsageField(field: string): { keyId: string; apiStage: string } | undefined {
  // Key ids never contain the separator (AWS ids are alphanumeric), api stages might in theory: split on the first.
  const at = field.indexOf(SEPARATOR);
  if (at <= 0 || at === field.length - 1) return undefined;
  return { keyId: field.slice(0, at), apiStage: field.slice(at + 1) };
}
