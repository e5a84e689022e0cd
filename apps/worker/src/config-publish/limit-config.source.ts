import type { AccountRecord, UsagePlanRecord } from '@tollgate/model';
import type { AllLimitRecords, ApiKeyPublication } from '@tollgate/persistence';

/** Where config-publish reads the current keys, plans and account settings (Postgres, or a fake in tests). */
export interface LimitConfigSource {
  /** null: the key is gone. */
  loadApiKey(accountId: string, keyId: string): Promise<ApiKeyPublication | null>;
  /** null: the plan is gone. */
  loadUsagePlan(accountId: string, usagePlanId: string): Promise<UsagePlanRecord | null>;
  /** null: the account is gone. */
  loadAccount(accountId: string): Promise<AccountRecord | null>;
  loadAll(): Promise<AllLimitRecords>;
}

export const LIMIT_CONFIG_SOURCE = Symbol('LimitConfigSource');
