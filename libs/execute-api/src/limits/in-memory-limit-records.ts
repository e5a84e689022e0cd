import type { AccountRecord, ApiKeyRecord, UsagePlanRecord } from '@tollgate/model';
import type { LimitRecordReader } from './limit-record-reader';

/** Records held in memory only: for stage tests and for running the data plane without Redis. */
export class InMemoryLimitRecords implements LimitRecordReader {
  private readonly apiKeys = new Map<string, ApiKeyRecord>();
  private readonly plans = new Map<string, UsagePlanRecord>();
  private readonly accounts = new Map<string, AccountRecord>();

  putApiKey(valueSha256: string, record: ApiKeyRecord): this {
    this.apiKeys.set(valueSha256, record);
    return this;
  }

  putPlan(record: UsagePlanRecord): this {
    this.plans.set(record.id, record);
    return this;
  }

  putAccount(record: AccountRecord): this {
    this.accounts.set(record.accountId, record);
    return this;
  }

  getApiKey(valueSha256: string): ApiKeyRecord | null {
    return this.apiKeys.get(valueSha256) ?? null;
  }

  loadApiKey(valueSha256: string): Promise<ApiKeyRecord | null> {
    return Promise.resolve(this.getApiKey(valueSha256));
  }

  getPlan(planId: string): UsagePlanRecord | null {
    return this.plans.get(planId) ?? null;
  }

  getAccount(accountId: string): AccountRecord | null {
    return this.accounts.get(accountId) ?? null;
  }

  loadAccount(accountId: string): Promise<AccountRecord | null> {
    return Promise.resolve(this.getAccount(accountId));
  }
}
