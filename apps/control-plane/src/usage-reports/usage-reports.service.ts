import { Inject, Injectable } from '@nestjs/common';
import { QUOTA_ADJUSTMENT } from '@tollgate/metering';
import { ApiKeyRepository, type TenantScope, UsagePlanRepository, UsageRepository } from '@tollgate/persistence';
import { UsageError } from '../usage/usage.error';
import { parseDayRange } from '../usage/usage-range';
import { UsageReaderService } from '../usage/usage-reader.service';
import type { UsageReport, UsageReportItem } from './usage-report.mapper';

export interface UsageReportQuery {
  startDate?: string;
  endDate?: string;
  usagePlanId?: string;
  keyId?: string;
}

/**
 * The billing report (beyond AWS): requests per key, per day, per API stage, with plan and key names.
 * Current to the request: flushed totals merged with the live Redis counters, like GetUsage.
 */
@Injectable()
export class UsageReportsService {
  constructor(
    @Inject(UsagePlanRepository) private readonly plans: UsagePlanRepository,
    @Inject(ApiKeyRepository) private readonly keys: ApiKeyRepository,
    @Inject(UsageRepository) private readonly usage: UsageRepository,
    private readonly reader: UsageReaderService,
  ) {}

  async report(scope: TenantScope, query: UsageReportQuery): Promise<UsageReport> {
    const range = parseDayRange(query.startDate, query.endDate);
    const plans = (await this.plans.listAll(scope)).filter((plan) => !query.usagePlanId || plan.id === query.usagePlanId);
    if (query.usagePlanId && plans.length === 0) throw UsageError.invalid(`Invalid 'usagePlanId': ${query.usagePlanId} is not a usage plan of this account`);
    const planNames = new Map(plans.map((plan) => [plan.id, plan.name]));
    const items = new Map<string, UsageReportItem>();
    const keyFilter = query.keyId ? [query.keyId] : undefined;

    // Flushed rows of this region's plans, and of deleted plans (usage outlives them for billing).
    for (const row of await this.usage.report({ accountId: scope.accountId, from: range.startDate, to: range.endDate, usagePlanId: query.usagePlanId, keyId: query.keyId })) {
      if (row.usagePlanName !== null && !planNames.has(row.usagePlanId)) continue;
      put(items, { ...row, usagePlanName: row.usagePlanName, keyName: row.keyName });
    }
    const missingNames = new Set<string>();
    for (const plan of plans) {
      for (const record of await this.reader.read(scope.accountId, plan.id, range.startDate, range.endDate, keyFilter)) {
        const known = items.get(identity(plan.id, record.keyId, record.day, record.apiStage));
        if (!known) missingNames.add(record.keyId);
        put(items, { ...record, usagePlanId: plan.id, usagePlanName: plan.name, keyName: known?.keyName ?? null });
      }
    }
    const names = new Map((await this.keys.findMany(scope, [...missingNames])).map((key) => [key.id, key.name]));
    const rows = [...items.values()]
      .map((item) => (item.keyName === null && names.has(item.keyId) ? { ...item, keyName: names.get(item.keyId) ?? null } : item))
      .sort((a, b) => a.date.localeCompare(b.date) || a.usagePlanId.localeCompare(b.usagePlanId) || a.keyId.localeCompare(b.keyId)
        || a.restApiId.localeCompare(b.restApiId) || a.stage.localeCompare(b.stage));
    return { ...range, items: rows };
  }
}

interface ReportSource {
  usagePlanId: string;
  usagePlanName: string | null;
  keyId: string;
  keyName: string | null;
  day: string;
  apiStage: string;
  count: number;
}

function put(items: Map<string, UsageReportItem>, source: ReportSource): void {
  // UpdateUsage adjustments are quota bookkeeping, not requests.
  if (source.apiStage === QUOTA_ADJUSTMENT) return;
  const colon = source.apiStage.indexOf(':');
  items.set(identity(source.usagePlanId, source.keyId, source.day, source.apiStage), {
    date: source.day,
    usagePlanId: source.usagePlanId,
    usagePlanName: source.usagePlanName,
    keyId: source.keyId,
    keyName: source.keyName,
    restApiId: colon < 0 ? source.apiStage : source.apiStage.slice(0, colon),
    stage: colon < 0 ? '' : source.apiStage.slice(colon + 1),
    requests: source.count,
  });
}

function identity(usagePlanId: string, keyId: string, day: string, apiStage: string): string {
  return `${usagePlanId}\n${keyId}\n${day}\n${apiStage}`;
}
