import type { LimitDecision } from '@tollgate/limits';
import type { AccountRecord } from '@tollgate/model';
import type { LimitServices } from '../../limits/limit-services';
import { GatewayError } from '../gateway-error';
import type { RequestContext } from '../context';

/**
 * Throttle + quota + usage count in ONE Redis round trip (STYLE.md §5): the planned LimitRequest (cached
 * per stage record, account, method, plan and key) goes to the limiter's Lua script, which checks every
 * bucket and the quota and, only if all pass, takes the tokens and counts the request (the usage record).
 * Stage and account throttles apply to every caller, with or without an API key, as on AWS.
 *
 * Redis unavailable: fail OPEN. The request is admitted, not throttled and not counted, and a warning
 * is logged (at most every 10 s). AWS calls throttles "targets, not guarantees"; refusing all traffic
 * because the counter store is down would turn a Redis blip into a full outage of every API, while
 * keys are still verified from memory (api-key stage), so only rate and quota go unenforced meanwhile.
 */
export function limitsStage(ctx: RequestContext): void | Promise<void> {
  const limits = ctx.services.limits;
  if (!limits || !ctx.stage) return;
  const accountId = ctx.stage.stageRecord.accountId;
  const account = limits.records.getAccount(accountId);
  if (account !== undefined) return check(ctx, limits, account);
  return limits.records.loadAccount(accountId).then(
    (loaded) => check(ctx, limits, loaded),
    // Account throttle unknown and Redis down: the limiter cannot run either; admit (see above).
    limits.onLimiterUnavailable,
  );
}

function check(ctx: RequestContext, limits: LimitServices, account: AccountRecord | null): Promise<void> {
  const stage = ctx.stage;
  const method = ctx.method;
  const resource = ctx.resource;
  if (!stage || !method || !resource) return Promise.resolve();
  const request = limits.plans.forStage(stage.stageRecord).request(resource.path, method, account, ctx.usagePlan, ctx.identity.apiKeyId);
  return limits.limiter.check(request).then(enforce, limits.onLimiterUnavailable);
}

function enforce(decision: LimitDecision): void {
  if (decision.admitted) return;
  if (decision.reason === 'QUOTA_EXCEEDED') throw new GatewayError('QUOTA_EXCEEDED', undefined, 'usage plan quota exceeded');
  throw new GatewayError('THROTTLED', undefined, `throttled by ${decision.throttledBy ?? 'a'} limit`);
}
