import type { QuotaSettings, ThrottleSettings } from '@tollgate/model';
import type { UsagePlanApiStageValue, UsagePlanEntity, UsagePlanValues } from '@tollgate/persistence';
import { applyPatch, type PatchContext, type PatchRule, type PatchTable } from '../common/patch/patch-table';
import { invalidPatchPath, type PatchOperation } from '../common/patch-operations';
import { checkMethodKey, checkQuota, checkThrottle } from './usage-plan-settings.request';
import { UsagePlansError } from './usage-plans.error';

const PATHS = [
  '/name', '/description', '/productCode', '/throttle/burstLimit', '/throttle/rateLimit', '/quota/limit', '/quota/offset', '/quota/period',
  '/apiStages', '/apiStages/{apiId}:{stage}/throttle/{resourcePath}/{httpMethod}/{burstLimit|rateLimit}',
];

export interface UsagePlanPatch {
  values: Partial<UsagePlanValues>;
  /** `apiId:stage` entries the patch adds; the service checks they exist and clash with no key's other plan. */
  addedStages: UsagePlanApiStageValue[];
}

/** The plan as the patch edits it; `throttle`/`quota` are re-checked whole afterwards. */
interface UsagePlanDraft {
  planId: string;
  values: Partial<UsagePlanValues>;
  throttle: ThrottleSettings | null;
  quota: Partial<QuotaSettings> | null;
  stages: UsagePlanApiStageValue[];
  added: UsagePlanApiStageValue[];
}

const fail = UsagePlansError.invalid;
const QUOTA_FIELDS = ['limit', 'offset', 'period'];

/** replace sets the field, remove clears it. */
function nullable(path: string, write: (values: Partial<UsagePlanValues>, value: string | null) => void): PatchRule<UsagePlanDraft> {
  return { path, replace: (d, c) => write(d.values, c.required()), remove: (d) => write(d.values, null) };
}

function setThrottle(d: UsagePlanDraft, c: PatchContext): void {
  const value = c.required();
  const field = c.params.field;
  if (field !== 'burstLimit' && field !== 'rateLimit') throw invalidPatchPath(c.operation, PATHS, fail);
  d.throttle = { ...(d.throttle ?? {}), [field]: field === 'burstLimit' ? integer(value, c.operation.path) : number(value, c.operation.path) };
}

function setQuota(d: UsagePlanDraft, c: PatchContext): void {
  const field = c.params.field;
  if (!QUOTA_FIELDS.includes(field)) throw invalidPatchPath(c.operation, PATHS, fail);
  const value = c.required();
  d.quota = { ...(d.quota ?? { offset: 0 }), [field]: field === 'period' ? value : integer(value, `/quota/${field}`) };
}

/** `/apiStages` value `{apiId}:{stage}`. */
function apiStage(c: PatchContext): { apiId: string; stage: string } {
  const value = c.required();
  const colon = value.indexOf(':');
  if (colon <= 0 || colon === value.length - 1) throw fail(`Invalid API stage '${value}': expected {apiId}:{stage}`);
  return { apiId: value.slice(0, colon), stage: value.slice(colon + 1) };
}

/** The plan's entry for `/apiStages/{apiId}:{stage}/...`. */
function planStage(d: UsagePlanDraft, c: PatchContext): UsagePlanApiStageValue {
  const stage = d.stages.find((s) => `${s.apiId}:${s.stage}` === c.params.stage);
  if (!stage) throw fail(`API stage ${c.params.stage} is not in this usage plan`);
  return stage;
}

/** `/apiStages/{apiId}:{stage}/throttle/{resourcePath}/{METHOD}[/{burstLimit|rateLimit}]`; `~1` escapes '/' in the path. */
function patchMethodThrottle(d: UsagePlanDraft, c: PatchContext): void {
  const stage = planStage(d, c);
  const tail = c.params.method.split('/');
  const field = tail[tail.length - 1] === 'burstLimit' || tail[tail.length - 1] === 'rateLimit' ? tail.pop() : undefined;
  const method = tail.pop();
  // Whatever precedes the method is the resource path, escaped as one segment or written with plain slashes.
  const resourcePath = tail.join('/');
  const key = checkMethodKey(`${resourcePath.startsWith('/') ? resourcePath : `/${resourcePath}`}/${method ?? ''}`, c.operation.path);
  const throttles = { ...(stage.throttle ?? {}) };
  if (c.operation.op === 'remove') {
    if (field) {
      const kept: ThrottleSettings = { ...(throttles[key] ?? {}) };
      delete kept[field as keyof ThrottleSettings];
      throttles[key] = kept;
    } else {
      delete throttles[key];
    }
  } else {
    if (!field) throw invalidPatchPath(c.operation, PATHS, fail);
    const value = c.required();
    throttles[key] = checkThrottle({ ...(throttles[key] ?? {}), [field]: field === 'burstLimit' ? integer(value, c.operation.path) : number(value, c.operation.path) }, c.operation.path);
  }
  stage.throttle = throttles;
}

const TABLE: PatchTable<UsagePlanDraft> = {
  fail,
  invalidPath: (operation) => invalidPatchPath(operation, PATHS, fail),
  rules: [
    nullable('/name', (values, value) => {
      if (!value) throw fail('Invalid usage plan name: it must be a non-empty string');
      values.name = value;
    }),
    nullable('/description', (values, value) => { values.description = value; }),
    nullable('/productCode', (values, value) => { values.productCode = value; }),
    { path: '/throttle', remove: (d) => { d.throttle = null; } },
    { path: '/throttle/{field}', replace: setThrottle, add: setThrottle },
    { path: '/quota', remove: (d) => { d.quota = null; } },
    { path: '/quota/{field}', replace: setQuota, add: setQuota },
    {
      path: '/apiStages',
      add: (d, c) => {
        const { apiId, stage } = apiStage(c);
        if (!d.stages.some((s) => s.apiId === apiId && s.stage === stage)) {
          const entry = { apiId, stage };
          d.stages.push(entry);
          d.added.push(entry);
        }
      },
      remove: (d, c) => {
        const { apiId, stage } = apiStage(c);
        const index = d.stages.findIndex((s) => s.apiId === apiId && s.stage === stage);
        if (index < 0) throw fail(`API stage ${apiId}:${stage} is not in usage plan ${d.planId}`);
        d.stages = d.stages.filter((_, i) => i !== index);
      },
    },
    { path: '/apiStages/{stage}/throttle', remove: (d, c) => { delete planStage(d, c).throttle; } },
    { path: '/apiStages/{stage}/throttle/{method+}', add: patchMethodThrottle, replace: patchMethodThrottle, remove: patchMethodThrottle },
  ],
};

/** Applies UpdateUsagePlan's patchOperations (AWS-BEHAVIOUR.md §9) to a copy of the plan (pure). */
export function applyUsagePlanPatch(plan: UsagePlanEntity, operations: readonly PatchOperation[]): UsagePlanPatch {
  const draft = applyPatch<UsagePlanDraft>({
    planId: plan.id,
    values: {},
    throttle: plan.throttle ? { ...plan.throttle } : null,
    quota: plan.quota ? { ...plan.quota } : null,
    stages: plan.apiStages.map((s) => ({ ...s, ...(s.throttle ? { throttle: { ...s.throttle } } : {}) })),
    added: [],
  }, operations, TABLE);
  const { values, throttle, quota } = draft;
  if (throttle !== plan.throttle) values.throttle = throttle && Object.keys(throttle).length > 0 ? checkThrottle(throttle, 'throttle') : null;
  if (quota !== plan.quota) {
    if (quota && (quota.limit === undefined || quota.period === undefined)) throw fail("Invalid 'quota': limit and period are required");
    values.quota = quota ? checkQuota(quota as QuotaSettings) : null;
  }
  values.apiStages = draft.stages;
  return { values, addedStages: draft.added };
}

function integer(value: string, path: string): number {
  if (!/^-?\d+$/.test(value.trim())) throw UsagePlansError.invalid(`Invalid value for '${path}': ${value}. Must be an integer`);
  return Number(value);
}

function number(value: string, path: string): number {
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed)) throw UsagePlansError.invalid(`Invalid value for '${path}': ${value}. Must be a number`);
  return parsed;
}
