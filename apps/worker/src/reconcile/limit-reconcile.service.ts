import { Inject, Injectable, Logger } from '@nestjs/common';
import { type ChangeKind, type RedisKeys, redisKeys } from '@tollgate/model';
import { LIMIT_CONFIG_SOURCE } from '../config-publish/limit-config.source';
import type { LimitConfigSource } from '../config-publish/limit-config.source';
import { RedisConnection } from '../connections/redis-connection';
import { WORKER_OPTIONS } from '../worker-options';
import type { StartWorkerOptions } from '../worker-options';
import { RECONCILE_BATCH } from './reconcile-batch';
import { type RecordCounts, emptyCounts } from './reconcile-summary';
import { recordMatches, stringFields } from './record-match';
import { RecordSwap } from './record-swap';
import { scanKeys } from './redis-scan';

/** One kind of limit record: what Postgres expects under each Redis key, and how to re-read one entry. */
interface RecordKind {
  kind: ChangeKind;
  pattern: string;
  /** Redis key -> expected record, from the bulk load at the start of the pass. */
  expected: Map<string, object>;
  /** The change id of a key found in Redis (its suffix). */
  idOf(key: string): string;
  /** The record as Postgres has it now (null: delete), from the key and what Redis holds there. */
  current(key: string, observed: string | null): Promise<object | null>;
}

export interface LimitReconcileResult {
  apiKeys: RecordCounts;
  usagePlans: RecordCounts;
  accounts: RecordCounts;
  failed: number;
}

/**
 * Limit half of a reconcile pass: API key, usage plan and account records that Redis lacks or holds
 * differently are rewritten, and those whose key/plan/account is gone are deleted (semantics of
 * config-publish: a disabled key stays, with enabled false; an account without settings may hold AWS
 * defaults). Every repair re-reads its row and swaps only if Redis still holds what was read.
 */
@Injectable()
export class LimitReconcileService {
  private readonly logger = new Logger(LimitReconcileService.name);
  private readonly keys: RedisKeys;
  private readonly swap: RecordSwap;

  constructor(
    @Inject(LIMIT_CONFIG_SOURCE) private readonly source: LimitConfigSource,
    private readonly redis: RedisConnection,
    @Inject(WORKER_OPTIONS) options: StartWorkerOptions,
  ) {
    this.keys = redisKeys(options.keyPrefix);
    this.swap = new RecordSwap(redis.client, this.keys);
  }

  async reconcile(): Promise<LimitReconcileResult> {
    const all = await this.source.loadAll();
    const keys = this.keys;
    const suffix = (start: string) => (key: string): string => key.slice(start.length);
    const apiKeyId = suffix(keys.apiKey(''));
    const planId = suffix(keys.plan(''));
    const accountIdOf = suffix(keys.account(''));
    const failures = { count: 0 };

    const apiKeys: RecordKind = {
      kind: 'apikey', pattern: keys.apiKeyPattern(), idOf: apiKeyId,
      expected: new Map(all.apiKeys.map((k) => [keys.apiKey(k.valueSha256), k.record])),
      current: async (key, observed) => {
        // The key Postgres listed under this hash, else the one the stored record names (an orphan's owner).
        const ids = this.expectedIds(apiKeys, key) ?? stringFields(observed, ['accountId', 'id'] as const);
        const found = ids ? await this.source.loadApiKey(ids.accountId, ids.id) : null;
        return found && found.valueSha256 === apiKeyId(key) ? found.record : null;
      },
    };
    const usagePlans: RecordKind = {
      kind: 'plan', pattern: keys.planPattern(), idOf: planId,
      expected: new Map(all.usagePlans.map((p) => [keys.plan(p.id), p])),
      current: async (key, observed) => {
        const ids = this.expectedIds(usagePlans, key) ?? stringFields(observed, ['accountId', 'id'] as const);
        return ids && ids.id === planId(key) ? this.source.loadUsagePlan(ids.accountId, ids.id) : null;
      },
    };
    const accounts: RecordKind = {
      kind: 'account', pattern: keys.accountPattern(), idOf: accountIdOf,
      expected: new Map(all.accounts.map((a) => [keys.account(a.accountId), a])),
      current: (key) => this.source.loadAccount(accountIdOf(key)),
    };

    return {
      apiKeys: await this.reconcileKind(apiKeys, failures),
      usagePlans: await this.reconcileKind(usagePlans, failures),
      accounts: await this.reconcileKind(accounts, failures),
      failed: failures.count,
    };
  }

  private async reconcileKind(kind: RecordKind, failures: { count: number }): Promise<RecordCounts> {
    const counts = emptyCounts();
    const expectedKeys = [...kind.expected.keys()];
    for (let i = 0; i < expectedKeys.length; i += RECONCILE_BATCH) {
      const batch = expectedKeys.slice(i, i + RECONCILE_BATCH);
      counts.checked += batch.length;
      const observed = await this.redis.client.mget(...batch);
      for (const [index, key] of batch.entries()) {
        const raw = observed[index] ?? null;
        if (!recordMatches(kind.expected.get(key)!, raw)) await this.repair(kind, key, raw, counts, failures);
      }
    }
    for await (const found of scanKeys(this.redis.client, kind.pattern)) {
      const orphans = [...new Set(found.filter((key) => !kind.expected.has(key)))];
      if (orphans.length === 0) continue;
      const observed = await this.redis.client.mget(...orphans);
      for (const [index, key] of orphans.entries()) {
        const raw = observed[index] ?? null;
        if (raw === null) continue; // deleted since the SCAN
        counts.checked++;
        await this.repair(kind, key, raw, counts, failures);
      }
    }
    return counts;
  }

  private async repair(kind: RecordKind, key: string, observed: string | null, counts: RecordCounts, failures: { count: number }): Promise<void> {
    try {
      const current = await kind.current(key, observed);
      if (recordMatches(current, observed)) return; // a job fixed it during the pass
      const changed = await this.swap.swap(key, observed, current === null ? null : JSON.stringify(current), { kind: kind.kind, id: kind.idOf(key) });
      if (changed && current === null) counts.removed++;
      else if (changed) counts.repaired++;
    } catch (error) {
      failures.count++;
      this.logger.error(`reconcile ${kind.kind} ${kind.idOf(key)}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** The ids of an expected key or plan record (accountId + id), when Postgres listed one under `key`. */
  private expectedIds(kind: RecordKind, key: string): { accountId: string; id: string } | undefined {
    const record = kind.expected.get(key) as { accountId?: unknown; id?: unknown } | undefined;
    return typeof record?.accountId === 'string' && typeof record.id === 'string' ? { accountId: record.accountId, id: record.id } : undefined;
  }
}
