import { Inject, Injectable } from '@nestjs/common';
import { mergeUsage, readUsage, type UsageRecord } from '@tollgate/metering';
import { UsageRepository } from '@tollgate/persistence';
import { UsageError } from './usage.error';
import { liveRange } from './usage-range';
import { UsageRedis } from './usage-redis';

/**
 * Usage of one plan current to the request: Postgres (what usage-flush wrote) merged with the live Redis
 * counters, which are never behind Postgres, so the live value wins per (key, day, api stage).
 */
@Injectable()
export class UsageReaderService {
  constructor(@Inject(UsageRepository) private readonly usage: UsageRepository, private readonly redis: UsageRedis) {}

  async read(accountId: string, usagePlanId: string, from: string, to: string, keyIds?: readonly string[]): Promise<UsageRecord[]> {
    const persisted = await this.usage.read(accountId, usagePlanId, from, to, keyIds);
    const live = liveRange(from, to, Date.now());
    const current = live
      ? await readUsage(this.redis.client, this.redis.keys, { accountId, planId: usagePlanId, keyIds, from: live.startDate, to: live.endDate })
        .catch((error: unknown) => {
          // A report without the live counters would silently under-count: say so instead.
          if (error instanceof RangeError) throw error;
          throw UsageError.unavailable();
        })
      : [];
    return mergeUsage(persisted, current);
  }
}
