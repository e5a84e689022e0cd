import {
  type AccountRecord, DEFAULT_ACCOUNT_THROTTLE, type RedisKeys, type StageMethodSetting, type ThrottleSettings,
  type UsagePlanRecord,
} from '@tollgate/model';
import { apiStageId } from '@tollgate/metering';
import type { LimitRequest, ThrottleBucket, ThrottleScope } from './limit-request';

export interface LimitPlanInput {
  accountId: string;
  /** The account's throttle record; AWS's default (10,000 rps, 5,000 burst) when absent. */
  account?: AccountRecord;
  stage: { restApiId: string; stageName: string; methodSettings: Readonly<Record<string, StageMethodSetting>> };
  /** The matched resource's path template (`/pets/{petId}`, root `/`) and the method as configured on it. */
  route: { resourcePath: string; httpMethod: string };
  /** The caller's API key and the usage plan that covers this API stage, when the method has one. */
  client?: { keyId: string; plan: UsagePlanRecord };
}

const STAGE_WIDE = '*/*';

/**
 * Builds the buckets, quota and usage counter for one request, in the order AWS applies throttles:
 * per-client per-method (plan apiStages), per-client (plan), stage per-method and stage-wide (`*\/*`)
 * method settings, then the account. Only limits that are set become buckets; all of them must pass,
 * so the most restrictive wins. A limit given without its partner (rate without burst, or the reverse)
 * takes the missing value from the account, the ceiling AWS would apply anyway; negative values are unset.
 *
 * Pure and deterministic: the result depends only on its inputs, so the data plane can cache it per
 * (stage record, plan, key, route) and skip rebuilding key strings per request.
 */
export function planLimitRequest(keys: RedisKeys, input: LimitPlanInput): LimitRequest {
  const { accountId, stage, route, client } = input;
  const accountThrottle = input.account?.throttle ?? DEFAULT_ACCOUNT_THROTTLE;
  const apiStage = apiStageId(stage.restApiId, stage.stageName);
  const methodKey = `${route.resourcePath}/${route.httpMethod}`;
  const buckets: ThrottleBucket[] = [];
  const add = (scope: ThrottleScope, key: string, throttle: ThrottleSettings | undefined) => {
    const rateLimit = settled(throttle?.rateLimit);
    const burstLimit = settled(throttle?.burstLimit);
    if (rateLimit === undefined && burstLimit === undefined) return;
    buckets.push({
      key, scope,
      rateLimit: rateLimit ?? accountThrottle.rateLimit,
      burstLimit: burstLimit ?? accountThrottle.burstLimit,
    });
  };

  if (client) {
    const { plan, keyId } = client;
    add('client-method', keys.clientMethodBucket(accountId, plan.id, keyId, apiStage, methodKey), plan.apiStages[apiStage]?.[methodKey]);
    add('client', keys.clientBucket(accountId, plan.id, keyId), plan.throttle);
  }
  add('stage-method', keys.stageMethodBucket(accountId, apiStage, methodKey), stageThrottle(stage.methodSettings[methodKey]));
  add('stage', keys.stageBucket(accountId, apiStage), stageThrottle(stage.methodSettings[STAGE_WIDE]));
  add('account', keys.accountBucket(accountId), accountThrottle);

  if (!client) return { accountId, buckets };
  const { plan, keyId } = client;
  return {
    accountId,
    buckets,
    quota: plan.quota
      ? { planId: plan.id, keyId, limit: plan.quota.limit, period: plan.quota.period, offset: plan.quota.offset ?? 0 }
      : undefined,
    usage: { planId: plan.id, keyId, apiStage },
  };
}

function stageThrottle(setting: StageMethodSetting | undefined): ThrottleSettings | undefined {
  return setting && { rateLimit: setting.throttlingRateLimit, burstLimit: setting.throttlingBurstLimit };
}

function settled(value: number | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}
