import type { ApiKeyRecord } from '@tollgate/model';
import type { ServedStage } from '@tollgate/snapshot-store';
import type { CompiledSnapshot } from '../../compile/compiled-snapshot';
import type { LimitServices } from '../../limits/limit-services';
import { GatewayError } from '../gateway-error';
import type { RequestContext } from '../context';

/**
 * For methods with apiKeyRequired only (AWS-BEHAVIOUR.md §9): takes the key from `x-api-key` (HEADER,
 * node lower-cases header names) or from the authorizer's usage identifier (AUTHORIZER), and admits it
 * if it is enabled, belongs to this account and is in a usage plan that lists this API stage. Anything
 * else is INVALID_API_KEY (403 Forbidden). Records come from memory; only a key never seen before costs
 * a Redis read. Per request: one memo lookup of the value's sha256, nothing else.
 */
export function apiKeyStage(ctx: RequestContext): void | Promise<void> {
  if (!ctx.method?.apiKeyRequired || !ctx.stage) return;
  const value = ctx.stage.snapshot.apiKeySource === 'AUTHORIZER' ? ctx.identity.apiKey : headerValue(ctx.req.headers['x-api-key']);
  if (!value) throw new GatewayError('INVALID_API_KEY', undefined, 'no API key in the request');
  const limits = ctx.services.limits;
  if (!limits) throw new GatewayError('INVALID_API_KEY', undefined, 'no API key records configured');
  ctx.identity.apiKey = value;
  const hash = limits.apiKeyHashes.of(value);
  const cached = limits.records.getApiKey(hash);
  if (cached !== undefined) {
    admit(ctx, limits, cached);
    return;
  }
  return limits.records.loadApiKey(hash).then(
    (loaded) => admit(ctx, limits, loaded),
    (error: unknown) => {
      // Fail closed: a key we cannot verify is never admitted. 5xx, not 403, because the key may be valid.
      throw new GatewayError('DEFAULT_5XX', undefined, `API key lookup failed: ${(error as Error).message}`);
    },
  );
}

function admit(ctx: RequestContext, limits: LimitServices, key: ApiKeyRecord | null): void {
  const stageRecord = (ctx.stage as ServedStage<CompiledSnapshot>).stageRecord;
  if (!key) throw new GatewayError('INVALID_API_KEY', undefined, 'unknown API key');
  if (!key.enabled) throw new GatewayError('INVALID_API_KEY', undefined, `API key ${key.id} is disabled`);
  if (key.accountId !== stageRecord.accountId) throw new GatewayError('INVALID_API_KEY', undefined, `API key ${key.id} belongs to another account`);
  const apiStage = limits.plans.forStage(stageRecord).apiStage;
  for (const planId of key.usagePlanIds) {
    const plan = limits.records.getPlan(planId);
    if (plan && plan.accountId === key.accountId && plan.apiStages[apiStage] !== undefined) {
      ctx.identity.apiKeyId = key.id;
      ctx.usagePlanId = plan.id;
      ctx.usagePlan = plan;
      return;
    }
  }
  throw new GatewayError('INVALID_API_KEY', undefined, `API key ${key.id} is in no usage plan for ${apiStage}`);
}

/** A repeated header arrives joined (`a, b`) or as an array; AWS then sees no single valid key. */
function headerValue(raw: string | string[] | undefined): string | undefined {
  return typeof raw === 'string' ? raw : undefined;
}
