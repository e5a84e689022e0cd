import type { Redis } from 'ioredis';
import type { AccountRecord, ApiKeyRecord, ChangeMessage, RedisKeys, UsagePlanRecord } from '@tollgate/model';
import { ChangeSubscription, SILENT_LOGGER, type StoreLogger } from '@tollgate/snapshot-store';
import { parseAccountRecord, parseApiKeyRecord, parseUsagePlanRecord } from './limit-record-parsers';
import type { LimitRecordReader } from './limit-record-reader';
import { RecordCache, type RecordSource } from './record-cache';

export interface RedisLimitRecordsOptions {
  /** Connection for GETs; the caller owns it. */
  redis: RecordSource;
  /** Subscribed connection (may be the snapshot store's: subscribing twice to a channel is harmless). */
  subscriber: Redis;
  keys: RedisKeys;
  /** How long an unknown API key is remembered; default 1000 ms (a change notification clears it at once). */
  unknownKeyTtlMs?: number;
  /** Bound on remembered unknown keys; default 10000. */
  maxUnknownKeys?: number;
  logger?: StoreLogger;
  now?: () => number;
}

/**
 * API keys (by sha256 of the value), usage plans and account throttles, in memory. Each record is read
 * from Redis once, on first use, and re-read when a ChangeMessage names it (`apikey`, `plan`, `account`)
 * or after the subscriber reconnects; a request normally does no Redis read for them at all.
 * Absent plans and accounts are remembered until notified; unknown keys only briefly, so a key created
 * without a notification still starts working within `unknownKeyTtlMs`.
 */
export class RedisLimitRecords implements LimitRecordReader {
  private readonly keysByHash: RecordCache<ApiKeyRecord>;
  private readonly plans: RecordCache<UsagePlanRecord>;
  private readonly accounts: RecordCache<AccountRecord>;
  private readonly changes: ChangeSubscription;

  constructor(private readonly options: RedisLimitRecordsOptions) {
    const { redis, keys } = options;
    const logger = options.logger ?? SILENT_LOGGER;
    const now = options.now ?? Date.now;
    this.plans = new RecordCache({
      redis, keyOf: keys.plan, parse: parseUsagePlanRecord, missTtlMs: Infinity, maxMisses: 10_000, now, logger, label: 'usage plan',
    });
    this.accounts = new RecordCache({
      redis, keyOf: keys.account, parse: parseAccountRecord, missTtlMs: Infinity, maxMisses: 10_000, now, logger, label: 'account',
    });
    this.keysByHash = new RecordCache({
      redis, keyOf: keys.apiKey, parse: parseApiKeyRecord, now, logger, label: 'api key',
      missTtlMs: options.unknownKeyTtlMs ?? 1000,
      maxMisses: options.maxUnknownKeys ?? 10_000,
      // A key becomes visible only with its plans in memory, so the api-key stage never waits for a plan.
      prepare: async (record) => {
        await Promise.all(record.usagePlanIds.map((planId) => (this.plans.get(planId) === undefined ? this.plans.load(planId) : undefined)));
      },
    });
    this.changes = new ChangeSubscription(options.subscriber, keys.changesChannel(), {
      onChange: (message) => this.onChange(message),
      onReconnect: () => this.onReconnect(),
    });
  }

  /** Listens for change messages; resolves once subscribed. */
  start(): Promise<void> {
    return this.changes.start();
  }

  /** Stops listening; leaves the subscription itself to its owner (the snapshot store may share it). */
  close(): void {
    this.changes.stop();
  }

  getApiKey(valueSha256: string): ApiKeyRecord | null | undefined {
    return this.keysByHash.get(valueSha256);
  }

  loadApiKey(valueSha256: string): Promise<ApiKeyRecord | null> {
    return this.keysByHash.load(valueSha256);
  }

  getPlan(planId: string): UsagePlanRecord | null | undefined {
    return this.plans.get(planId);
  }

  getAccount(accountId: string): AccountRecord | null | undefined {
    return this.accounts.get(accountId);
  }

  loadAccount(accountId: string): Promise<AccountRecord | null> {
    return this.accounts.load(accountId);
  }

  // Malformed messages are left to the snapshot store, which logs them.
  private onChange(message: Partial<ChangeMessage> | null): void {
    if (typeof message?.id !== 'string') return;
    switch (message.kind) {
      case 'apikey': this.keysByHash.invalidate(message.id); break;
      case 'plan': this.plans.invalidate(message.id); break;
      case 'account': this.accounts.invalidate(message.id); break;
      default: break;
    }
  }

  /** After a reconnect, notifications may have been missed: re-read every record held. */
  private onReconnect(): void {
    this.plans.reconcile();
    this.accounts.reconcile();
    this.keysByHash.reconcile();
  }
}
