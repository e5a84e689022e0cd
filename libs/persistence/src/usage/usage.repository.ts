import type { DataSource, Repository } from 'typeorm';
import { ApiKeyEntity } from '../api-keys/api-key.entity';
import { UsagePlanEntity } from '../usage-plans/usage-plan.entity';
import { UsageDayEntity } from './usage-day.entity';

/** An absolute per-day count (same shape as @tollgate/metering's UsageRecord). */
export interface UsageCount {
  keyId: string;
  /** `YYYY-MM-DD` (UTC). */
  day: string;
  apiStage: string;
  count: number;
}

export interface UsageReportQuery {
  accountId: string;
  /** Inclusive `YYYY-MM-DD` bounds. */
  from: string;
  to: string;
  usagePlanId?: string;
  keyId?: string;
}

export interface UsageReportRow extends UsageCount {
  usagePlanId: string;
  /** null once the plan or key was deleted (usage is kept for billing). */
  usagePlanName: string | null;
  keyName: string | null;
}

/** Where usage-flush puts the Redis day counters, and where GetUsage and the usage report read them. */
export class UsageRepository {
  private readonly repo: Repository<UsageDayEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.repo = dataSource.getRepository(UsageDayEntity);
  }

  /** Writes absolute counts (INSERT ... ON CONFLICT DO UPDATE): re-running a flush cannot double count. */
  async upsert(accountId: string, usagePlanId: string, counts: readonly UsageCount[]): Promise<void> {
    if (counts.length === 0) return;
    const flushedAt = new Date();
    const rows = counts.map((c) => ({ accountId, usagePlanId, keyId: c.keyId, day: c.day, apiStage: c.apiStage, count: c.count, flushedAt }));
    for (let i = 0; i < rows.length; i += 1000) {
      await this.repo.createQueryBuilder().insert().values(rows.slice(i, i + 1000))
        .orUpdate(['count', 'flushed_at'], ['usage_plan_id', 'key_id', 'day', 'api_stage'])
        .execute();
    }
  }

  /** Persisted counts of one plan in [from, to], optionally for some keys only. */
  async read(accountId: string, usagePlanId: string, from: string, to: string, keyIds?: readonly string[]): Promise<UsageCount[]> {
    const query = this.repo.createQueryBuilder('u')
      .select(['u.key_id AS "keyId"', `to_char(u.day, 'YYYY-MM-DD') AS "day"`, 'u.api_stage AS "apiStage"', 'u.count AS "count"'])
      .where('u.account_id = :accountId AND u.usage_plan_id = :usagePlanId AND u.day BETWEEN :from AND :to', { accountId, usagePlanId, from, to })
      .orderBy('u.day').addOrderBy('u.key_id').addOrderBy('u.api_stage');
    if (keyIds) {
      if (keyIds.length === 0) return [];
      query.andWhere('u.key_id IN (:...keyIds)', { keyIds });
    }
    const rows = await query.getRawMany<{ keyId: string; day: string; apiStage: string; count: string }>();
    return rows.map((r) => ({ keyId: r.keyId, day: r.day, apiStage: r.apiStage, count: Number(r.count) }));
  }

  /** Rows for the billing report, with plan and key names where they still exist. */
  async report(query: UsageReportQuery): Promise<UsageReportRow[]> {
    const builder = this.repo.createQueryBuilder('u')
      .leftJoin(UsagePlanEntity, 'p', 'p.id = u.usage_plan_id')
      .leftJoin(ApiKeyEntity, 'k', 'k.id = u.key_id')
      .select([
        'u.usage_plan_id AS "usagePlanId"', 'p.name AS "usagePlanName"', 'u.key_id AS "keyId"', 'k.name AS "keyName"',
        `to_char(u.day, 'YYYY-MM-DD') AS "day"`, 'u.api_stage AS "apiStage"', 'u.count AS "count"',
      ])
      .where('u.account_id = :accountId AND u.day BETWEEN :from AND :to', query)
      .orderBy('u.day').addOrderBy('u.usage_plan_id').addOrderBy('u.key_id').addOrderBy('u.api_stage');
    if (query.usagePlanId) builder.andWhere('u.usage_plan_id = :usagePlanId', { usagePlanId: query.usagePlanId });
    if (query.keyId) builder.andWhere('u.key_id = :keyId', { keyId: query.keyId });
    const rows = await builder.getRawMany<Omit<UsageReportRow, 'count'> & { count: string }>();
    return rows.map((r) => ({ ...r, count: Number(r.count) }));
  }

  /** Every usage plan (all accounts), for the flush job to know which Redis counters exist. */
  async listPlans(): Promise<Array<{ accountId: string; usagePlanId: string }>> {
    const rows = await this.dataSource.getRepository(UsagePlanEntity).find({ select: { accountId: true, id: true }, order: { id: 'ASC' } });
    return rows.map((r) => ({ accountId: r.accountId, usagePlanId: r.id }));
  }
}
