import { Inject, Injectable, Logger } from '@nestjs/common';
import { formatUtcDay, readUsage, utcDayNumber } from '@tollgate/metering';
import { redisKeys } from '@tollgate/model';
import { UsageRepository } from '@tollgate/persistence';
import { WorkerDatabase } from '../config-publish/worker-database';
import { RedisConnection } from '../connections/redis-connection';
import { WORKER_OPTIONS } from '../worker-options';
import type { StartWorkerOptions } from '../worker-options';

/** Days copied by a scheduled flush: today and yesterday (late increments land just after midnight). */
export const DEFAULT_FLUSH_DAYS = 2;
/** Redis keeps day counters 40 days; a catch-up flush never needs more. */
export const MAX_FLUSH_DAYS = 40;

export interface UsageFlushSummary {
  plans: number;
  rows: number;
}

/**
 * Copies the Redis day counters of every usage plan to Postgres as absolute values (UPSERT). A flush
 * that is re-run, or killed halfway and run again, ends with exactly the Redis totals.
 */
@Injectable()
export class UsageFlushService {
  private readonly logger = new Logger(UsageFlushService.name);

  constructor(
    private readonly database: WorkerDatabase,
    private readonly redis: RedisConnection,
    @Inject(WORKER_OPTIONS) private readonly options: StartWorkerOptions,
  ) {}

  async flush(days = DEFAULT_FLUSH_DAYS, now = Date.now()): Promise<UsageFlushSummary> {
    const usage = new UsageRepository(await this.database.get());
    const keys = redisKeys(this.options.keyPrefix);
    const today = utcDayNumber(now);
    const from = formatUtcDay(today - Math.min(Math.max(days, 1), MAX_FLUSH_DAYS) + 1);
    const to = formatUtcDay(today);
    const summary: UsageFlushSummary = { plans: 0, rows: 0 };
    for (const { accountId, usagePlanId } of await usage.listPlans()) {
      const records = await readUsage(this.redis.client, keys, { accountId, planId: usagePlanId, from, to });
      await usage.upsert(accountId, usagePlanId, records);
      summary.plans++;
      summary.rows += records.length;
    }
    this.logger.debug(`usage flush ${from}..${to}: ${summary.plans} plan(s), ${summary.rows} row(s)`);
    return summary;
  }
}
