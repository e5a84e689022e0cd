import type { QuotaSettings, ThrottleSettings } from '@tollgate/model';
import type { UsagePlanApiStageValue, UsagePlanEntity, UsagePlanValues } from '@tollgate/persistence';
import { invalidPatchPath, type PatchOperation, patchValue, unescapePathSegment } from '../common/patch-operations';
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

/** Applies UpdateUsagePlan's patchOperations (AWS-BEHAVIOUR.md §9) to a copy of the plan (pure). */
export function applyUsagePlanPatch(plan: UsagePlanEntity, operations: readonly PatchOperation[]): UsagePlanPatch {
  const values: Partial<UsagePlanValues> = {};
  let throttle: ThrottleSettings | null = plan.throttle ? { ...plan.throttle } : null;
  let quota: Partial<QuotaSettings> | null = plan.quota ? { ...plan.quota } : null;
  let stages: UsagePlanApiStageValue[] = plan.apiStages.map((s) => ({ ...s, ...(s.throttle ? { throttle: { ...s.throttle } } : {}) }));
  const added: UsagePlanApiStageValue[] = [];
  const fail = UsagePlansError.invalid;

  for (const op of operations) {
    const segments = op.path.split('/').slice(1);
    const [head, ...rest] = segments;
    if (op.path === '/name' || op.path === '/description' || op.path === '/productCode') {
      if (op.op !== 'replace' && op.op !== 'remove') throw invalidPatchPath(op, PATHS, fail);
      const value = op.op === 'remove' ? null : patchValue(op, fail);
      if (op.path === '/name') {
        if (!value) throw fail('Invalid usage plan name: it must be a non-empty string');
        values.name = value;
      } else if (op.path === '/description') values.description = value;
      else values.productCode = value;
    } else if (head === 'throttle' && rest.length <= 1) {
      if (op.op === 'remove' && rest.length === 0) { throttle = null; continue; }
      if (op.op !== 'replace' && op.op !== 'add') throw invalidPatchPath(op, PATHS, fail);
      throttle = { ...(throttle ?? {}), ...throttleField(rest[0], op) };
    } else if (head === 'quota' && rest.length <= 1) {
      if (op.op === 'remove' && rest.length === 0) { quota = null; continue; }
      if ((op.op !== 'replace' && op.op !== 'add') || !['limit', 'offset', 'period'].includes(rest[0])) throw invalidPatchPath(op, PATHS, fail);
      const value = patchValue(op, fail);
      quota = { ...(quota ?? { offset: 0 }), [rest[0]]: rest[0] === 'period' ? value : integer(value, `/quota/${rest[0]}`) };
    } else if (op.path === '/apiStages') {
      const value = patchValue(op, fail);
      const colon = value.indexOf(':');
      if (colon <= 0 || colon === value.length - 1) throw fail(`Invalid API stage '${value}': expected {apiId}:{stage}`);
      const apiId = value.slice(0, colon);
      const stage = value.slice(colon + 1);
      const index = stages.findIndex((s) => s.apiId === apiId && s.stage === stage);
      if (op.op === 'add') {
        if (index < 0) { const entry = { apiId, stage }; stages.push(entry); added.push(entry); }
      } else if (op.op === 'remove') {
        if (index < 0) throw fail(`API stage ${value} is not in usage plan ${plan.id}`);
        stages = stages.filter((_, i) => i !== index);
      } else {
        throw invalidPatchPath(op, PATHS, fail);
      }
    } else if (head === 'apiStages' && rest.length >= 2 && rest[1] === 'throttle') {
      stages = patchMethodThrottle(stages, rest, op);
    } else {
      throw invalidPatchPath(op, PATHS, fail);
    }
  }

  if (throttle !== plan.throttle) values.throttle = throttle && Object.keys(throttle).length > 0 ? checkThrottle(throttle, 'throttle') : null;
  if (quota !== plan.quota) {
    if (quota && (quota.limit === undefined || quota.period === undefined)) throw fail("Invalid 'quota': limit and period are required");
    values.quota = quota ? checkQuota(quota as QuotaSettings) : null;
  }
  values.apiStages = stages;
  return { values, addedStages: added };
}

function throttleField(field: string | undefined, op: PatchOperation): ThrottleSettings {
  const value = patchValue(op, UsagePlansError.invalid);
  if (field === 'burstLimit') return { burstLimit: integer(value, op.path) };
  if (field === 'rateLimit') return { rateLimit: number(value, op.path) };
  throw invalidPatchPath(op, PATHS, UsagePlansError.invalid);
}

/** `/apiStages/{apiId}:{stage}/throttle[/{resourcePath}/{METHOD}[/{burstLimit|rateLimit}]]`; `~1` escapes '/' in the path. */
function patchMethodThrottle(stages: UsagePlanApiStageValue[], rest: string[], op: PatchOperation): UsagePlanApiStageValue[] {
  const fail = UsagePlansError.invalid;
  const stage = stages.find((s) => `${s.apiId}:${s.stage}` === rest[0]);
  if (!stage) throw fail(`API stage ${rest[0]} is not in this usage plan`);
  const tail = rest.slice(2).map(unescapePathSegment);
  if (tail.length === 0) {
    if (op.op !== 'remove') throw invalidPatchPath(op, PATHS, fail);
    delete stage.throttle;
    return stages;
  }
  const field = tail[tail.length - 1] === 'burstLimit' || tail[tail.length - 1] === 'rateLimit' ? tail.pop() : undefined;
  const method = tail.pop();
  // Whatever precedes the method is the resource path, escaped as one segment or written with plain slashes.
  const resourcePath = tail.join('/');
  const key = checkMethodKey(`${resourcePath.startsWith('/') ? resourcePath : `/${resourcePath}`}/${method ?? ''}`, op.path);
  const throttles = { ...(stage.throttle ?? {}) };
  if (op.op === 'remove') {
    if (field) {
      const kept: ThrottleSettings = { ...(throttles[key] ?? {}) };
      delete kept[field as keyof ThrottleSettings];
      throttles[key] = kept;
    } else {
      delete throttles[key];
    }
  } else if (op.op === 'add' || op.op === 'replace') {
    if (!field) throw invalidPatchPath(op, PATHS, fail);
    const value = patchValue(op, fail);
    throttles[key] = checkThrottle({ ...(throttles[key] ?? {}), [field]: field === 'burstLimit' ? integer(value, op.path) : number(value, op.path) }, op.path);
  } else {
    throw invalidPatchPath(op, PATHS, fail);
  }
  stage.throttle = throttles;
  return stages;
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
