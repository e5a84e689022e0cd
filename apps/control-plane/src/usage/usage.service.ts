import { Inject, Injectable } from '@nestjs/common';
import { quotaWindowAt, setQuotaRemaining, usageReadStart, usageValues, formatUtcDay } from '@tollgate/metering';
import { type TenantScope, UsagePlanKeyRepository } from '@tollgate/persistence';
import { invalidPatchPath, parsePatchOperations, patchValue } from '../common/patch-operations';
import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT } from '../common/pagination';
import { UsagePlansService } from '../usage-plans/usage-plans.service';
import { parseDayRange, today } from './usage-range';
import { UsageReaderService } from './usage-reader.service';
import { UsageRedis } from './usage-redis';
import type { Usage } from './usage.mapper';
import { UsageError, UsageErrorCode } from './usage.error';

export interface UsageQuery {
  startDate?: string;
  endDate?: string;
  keyId?: string;
  position?: string;
  limit?: string;
}

/** GetUsage and UpdateUsage. */
@Injectable()
export class UsageService {
  constructor(
    private readonly plans: UsagePlansService,
    @Inject(UsagePlanKeyRepository) private readonly planKeys: UsagePlanKeyRepository,
    private readonly reader: UsageReaderService,
    private readonly redis: UsageRedis,
  ) {}

  /** One `[used, remaining]` pair per day for each key of the plan (or `keyId`), paged by key. */
  async get(scope: TenantScope, usagePlanId: string, query: UsageQuery): Promise<Usage> {
    const range = parseDayRange(query.startDate, query.endDate);
    const limit = parseLimit(query.limit);
    const plan = await this.plans.require(scope, usagePlanId);
    const quota = plan.quota ?? undefined;
    const filter = query.keyId ? [query.keyId] : undefined;
    const records = await this.reader.read(scope.accountId, usagePlanId, usageReadStart(range.startDate, quota), range.endDate, filter);
    const allKeys = filter ?? [...new Set([...(await this.planKeys.keyIdsOfPlan(scope, usagePlanId)), ...records.map((r) => r.keyId)])].sort();
    const after = query.position ? Buffer.from(query.position, 'base64url').toString('utf8') : undefined;
    const remaining = after === undefined ? allKeys : allKeys.filter((id) => id > after);
    const pageKeys = remaining.slice(0, limit);
    const values = usageValues(records, { ...range, quota, keyIds: pageKeys });
    const position = remaining.length > limit ? Buffer.from(pageKeys[pageKeys.length - 1], 'utf8').toString('base64url') : undefined;
    return { usagePlanId, ...range, ...(position ? { position } : {}), values };
  }

  /** `replace /remaining` sets what is left of the key's quota in the current window. */
  async update(scope: TenantScope, usagePlanId: string, keyId: string, body: unknown): Promise<Usage> {
    const operations = parsePatchOperations(body, UsageError.invalid);
    const plan = await this.plans.require(scope, usagePlanId);
    if (!(await this.planKeys.exists(scope, usagePlanId, keyId))) {
      throw new UsageError(UsageErrorCode.KeyNotInPlan, 'Invalid Usage Plan Key identifier specified');
    }
    const quota = plan.quota;
    if (!quota) throw UsageError.invalid(`Usage plan ${usagePlanId} has no quota to update`);
    const now = Date.now();
    for (const operation of operations) {
      if (operation.path !== '/remaining' || operation.op !== 'replace') throw invalidPatchPath(operation, ['/remaining'], UsageError.invalid);
      const text = patchValue(operation, UsageError.invalid);
      if (!/^\d+$/.test(text)) throw UsageError.invalid(`Invalid value for '/remaining': ${text}. Must be a non-negative integer`);
      await setQuotaRemaining(this.redis.client, this.redis.keys, {
        accountId: scope.accountId, planId: usagePlanId, keyId, period: quota.period, offset: quota.offset, now, limit: quota.limit, remaining: Number(text),
      }).catch((error: unknown) => {
        if (error instanceof RangeError) throw UsageError.invalid(error.message);
        throw UsageError.unavailable();
      });
    }
    const window = quotaWindowAt(now, quota.period, quota.offset);
    return this.get(scope, usagePlanId, { startDate: formatUtcDay(window.startDay), endDate: today(now), keyId });
  }
}

function parseLimit(limit: string | undefined): number {
  if (limit === undefined || limit === '') return DEFAULT_PAGE_LIMIT;
  const value = Number(limit);
  if (!/^\d+$/.test(limit) || value < 1 || value > MAX_PAGE_LIMIT) {
    throw UsageError.invalid(`1 validation error detected: Value '${limit}' at 'limit' failed to satisfy constraint: Member must have value between 1 and ${MAX_PAGE_LIMIT}`);
  }
  return value;
}
