import type { UsagePlanValues } from '@tollgate/persistence';
import { asBody, optionalString, optionalStringMap } from '../common/body-fields';
import { parseApiStages, parseQuota, parseThrottle } from './usage-plan-settings.request';
import { UsagePlansError } from './usage-plans.error';

/** CreateUsagePlan body, validated into the stored values. */
export function parseCreateUsagePlanRequest(raw: unknown): UsagePlanValues {
  const fail = UsagePlansError.invalid;
  const body = asBody(raw, fail);
  const name = optionalString(body, 'name', fail);
  if (!name || name.trim() === '') throw fail("Invalid usage plan name: 'name' is required");
  return {
    name,
    description: optionalString(body, 'description', fail) ?? null,
    apiStages: parseApiStages(body.apiStages),
    throttle: parseThrottle(body.throttle, 'throttle') ?? null,
    quota: parseQuota(body.quota) ?? null,
    // Not part of CreateUsagePlan on AWS: set with UpdateUsagePlan's /productCode.
    productCode: null,
    tags: optionalStringMap(body, 'tags', fail) ?? {},
  };
}
