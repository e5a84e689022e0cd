import { Inject, Injectable, Logger } from '@nestjs/common';
import { type ChangeMessage, redisKeys } from '@tollgate/model';
import { RedisConnection } from '../connections/redis-connection';
import { WORKER_OPTIONS } from '../worker-options';
import type { StartWorkerOptions } from '../worker-options';
import { LIMIT_CONFIG_SOURCE } from './limit-config.source';
import type { LimitConfigSource } from './limit-config.source';

export interface LimitRepublishSummary {
  checked: number;
  republished: number;
}

const BATCH = 500;

/** Rebuilds what Redis lacks of keys, plans and account settings from the source, in pipelined batches. */
@Injectable()
export class LimitRepublishService {
  private readonly logger = new Logger(LimitRepublishService.name);

  constructor(
    @Inject(LIMIT_CONFIG_SOURCE) private readonly source: LimitConfigSource,
    private readonly redis: RedisConnection,
    @Inject(WORKER_OPTIONS) private readonly options: StartWorkerOptions,
  ) {}

  async republishMissing(): Promise<LimitRepublishSummary> {
    const keys = redisKeys(this.options.keyPrefix);
    const all = await this.source.loadAll();
    const entries: Array<{ key: string; value: string; change: ChangeMessage }> = [
      ...all.apiKeys.map((k) => ({ key: keys.apiKey(k.valueSha256), value: JSON.stringify(k.record), change: { kind: 'apikey' as const, id: k.valueSha256 } })),
      ...all.usagePlans.map((p) => ({ key: keys.plan(p.id), value: JSON.stringify(p), change: { kind: 'plan' as const, id: p.id } })),
      ...all.accounts.map((a) => ({ key: keys.account(a.accountId), value: JSON.stringify(a), change: { kind: 'account' as const, id: a.accountId } })),
    ];
    let republished = 0;
    for (let i = 0; i < entries.length; i += BATCH) {
      const batch = entries.slice(i, i + BATCH);
      const exists = (await this.redis.client.pipeline(batch.map((e) => ['exists', e.key])).exec()) ?? [];
      const missing = batch.filter((_, index) => exists[index]?.[1] === 0);
      if (missing.length === 0) continue;
      const write = this.redis.client.pipeline();
      // SET NX: a job that ran meanwhile wrote something newer; keep it.
      for (const entry of missing) write.set(entry.key, entry.value, 'NX').publish(keys.changesChannel(), JSON.stringify(entry.change));
      await write.exec();
      republished += missing.length;
    }
    this.logger.log(`limit records on start: ${entries.length} checked, ${republished} republished`);
    return { checked: entries.length, republished };
  }
}
