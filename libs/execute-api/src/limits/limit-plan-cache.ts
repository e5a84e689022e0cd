import { planLimitRequest, type LimitRequest } from '@tollgate/limits';
import type { AccountRecord, RedisKeys, SnapshotMethod, StageRecord, UsagePlanRecord } from '@tollgate/model';
import { apiStageId } from '@tollgate/metering';

/** Bound on cached requests per (stage, method, plan): past it the map starts over (keys are rebuilt on demand). */
const MAX_KEYS_PER_PLAN = 10_000;

/**
 * planLimitRequest is pure, so its result is cached per (stage record, account record, method, plan,
 * key id): a request reuses the buckets and key strings instead of rebuilding them. Every input is an
 * immutable object replaced on change (stage records by the snapshot store, plans and accounts by the
 * record cache), so identity is the cache key and stale entries are dropped with their objects.
 */
export class LimitPlanCache {
  private readonly stages = new WeakMap<StageRecord, StageLimitPlans>();

  constructor(private readonly keys: RedisKeys) {}

  forStage(stage: StageRecord): StageLimitPlans {
    let plans = this.stages.get(stage);
    if (!plans) {
      plans = new StageLimitPlans(this.keys, stage);
      this.stages.set(stage, plans);
    }
    return plans;
  }
}

interface MethodPlans {
  /** Callers without an API key: stage and account throttles only. */
  open: LimitRequest | undefined;
  byPlan: WeakMap<UsagePlanRecord, Map<string, LimitRequest>>;
}

/** Everything limit-related derived from one stage record. */
export class StageLimitPlans {
  /** `{restApiId}:{stageName}`, the usage plan's name for this stage. */
  readonly apiStage: string;
  private account: AccountRecord | null | undefined;
  private methods = new Map<SnapshotMethod, MethodPlans>();

  constructor(private readonly keys: RedisKeys, private readonly stage: StageRecord) {
    this.apiStage = apiStageId(stage.restApiId, stage.stageName);
  }

  /** The LimitRequest for `method` (on the resource at `resourcePath`), for a key in `plan` or for anyone. */
  request(resourcePath: string, method: SnapshotMethod, account: AccountRecord | null, plan?: UsagePlanRecord, keyId?: string): LimitRequest {
    if (account !== this.account) {
      this.account = account;
      this.methods = new Map();
    }
    let perMethod = this.methods.get(method);
    if (!perMethod) {
      perMethod = { open: undefined, byPlan: new WeakMap() };
      this.methods.set(method, perMethod);
    }
    if (!plan || keyId === undefined) {
      perMethod.open ??= this.plan(resourcePath, method, account, undefined);
      return perMethod.open;
    }
    let byKey = perMethod.byPlan.get(plan);
    if (!byKey) {
      byKey = new Map();
      perMethod.byPlan.set(plan, byKey);
    }
    let request = byKey.get(keyId);
    if (!request) {
      if (byKey.size >= MAX_KEYS_PER_PLAN) byKey.clear();
      request = this.plan(resourcePath, method, account, { keyId, plan });
      byKey.set(keyId, request);
    }
    return request;
  }

  private plan(resourcePath: string, method: SnapshotMethod, account: AccountRecord | null, client: { keyId: string; plan: UsagePlanRecord } | undefined): LimitRequest {
    const { stage } = this;
    return planLimitRequest(this.keys, {
      accountId: stage.accountId,
      account: account ?? undefined,
      stage,
      route: { resourcePath, httpMethod: method.httpMethod },
      client,
    });
  }
}
