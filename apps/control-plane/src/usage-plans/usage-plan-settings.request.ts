import { quotaSettingsError } from '@tollgate/metering';
import type { QuotaSettings, ThrottleSettings } from '@tollgate/model';
import type { UsagePlanApiStageValue } from '@tollgate/persistence';
import { UsagePlansError } from './usage-plans.error';

/** Throttle, quota and apiStages validation shared by CreateUsagePlan and UpdateUsagePlan. */
export function parseThrottle(raw: unknown, field: string): ThrottleSettings | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) throw UsagePlansError.invalid(`Invalid value for '${field}': expected an object`);
  const { burstLimit, rateLimit } = raw as Record<string, unknown>;
  return checkThrottle({
    ...(burstLimit !== undefined && burstLimit !== null ? { burstLimit: burstLimit as number } : {}),
    ...(rateLimit !== undefined && rateLimit !== null ? { rateLimit: rateLimit as number } : {}),
  }, field);
}

export function checkThrottle(throttle: ThrottleSettings, field: string): ThrottleSettings {
  if (throttle.burstLimit !== undefined && (!Number.isInteger(throttle.burstLimit) || throttle.burstLimit < 0)) {
    throw UsagePlansError.invalid(`Invalid '${field}.burstLimit': ${String(throttle.burstLimit)}. Must be a non-negative integer`);
  }
  if (throttle.rateLimit !== undefined && (typeof throttle.rateLimit !== 'number' || !Number.isFinite(throttle.rateLimit) || throttle.rateLimit < 0)) {
    throw UsagePlansError.invalid(`Invalid '${field}.rateLimit': ${String(throttle.rateLimit)}. Must be a non-negative number`);
  }
  return throttle;
}

export function parseQuota(raw: unknown): QuotaSettings | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) throw UsagePlansError.invalid("Invalid value for 'quota': expected an object");
  const { limit, offset, period } = raw as Record<string, unknown>;
  return checkQuota({ limit: limit as number, offset: (offset ?? 0) as number, period: period as QuotaSettings['period'] });
}

export function checkQuota(quota: QuotaSettings): QuotaSettings {
  const error = quotaSettingsError(quota);
  if (error) throw UsagePlansError.invalid(`Invalid 'quota': ${error}`);
  return quota;
}

export function parseApiStages(raw: unknown): UsagePlanApiStageValue[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw UsagePlansError.invalid("Invalid value for 'apiStages': expected a list of {apiId, stage, throttle}");
  const seen = new Set<string>();
  return raw.map((item: unknown, index) => {
    const entry = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    if (typeof entry.apiId !== 'string' || entry.apiId === '' || typeof entry.stage !== 'string' || entry.stage === '') {
      throw UsagePlansError.invalid(`Invalid value for 'apiStages[${index}]': apiId and stage are required`);
    }
    const id = `${entry.apiId}:${entry.stage}`;
    if (seen.has(id)) throw UsagePlansError.invalid(`Duplicate API stage in 'apiStages': ${id}`);
    seen.add(id);
    const throttle = parseMethodThrottles(entry.throttle, `apiStages[${index}].throttle`);
    return { apiId: entry.apiId, stage: entry.stage, ...(throttle ? { throttle } : {}) };
  });
}

/** `{"/pets/GET": {burstLimit, rateLimit}}`: keys are `{resourcePath}/{HTTP_METHOD}` (root: `//GET`). */
function parseMethodThrottles(raw: unknown, field: string): Record<string, ThrottleSettings> | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) throw UsagePlansError.invalid(`Invalid value for '${field}': expected a map of method throttles`);
  const result: Record<string, ThrottleSettings> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    checkMethodKey(key, field);
    result[key] = parseThrottle(value, `${field}.${key}`) ?? {};
  }
  return result;
}

const METHOD_KEY = /^\/.*\/(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|ANY|\*)$/;

export function checkMethodKey(key: string, field: string): string {
  if (!METHOD_KEY.test(key)) throw UsagePlansError.invalid(`Invalid method throttle key '${key}' in '${field}': expected {resourcePath}/{HTTP_METHOD}, e.g. /pets/GET`);
  return key;
}
