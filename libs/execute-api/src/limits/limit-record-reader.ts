import type { AccountRecord, ApiKeyRecord, UsagePlanRecord } from '@tollgate/model';

/**
 * The data plane's view of API keys, usage plans and account throttles: memory first, Redis only on
 * first use or when a change notification names a record. The `get*` methods are the request fast path
 * (no I/O): `undefined` means "not in memory yet, call the matching load", `null` means "known absent".
 */
export interface LimitRecordReader {
  getApiKey(valueSha256: string): ApiKeyRecord | null | undefined;
  /**
   * One Redis read (shared by concurrent callers) of the key and then of its usage plans, cached.
   * Resolves null for an unknown or malformed key (remembered briefly); rejects only when Redis cannot answer.
   */
  loadApiKey(valueSha256: string): Promise<ApiKeyRecord | null>;
  /** Plans of every cached key are loaded with the key, so this is all the api-key stage needs. */
  getPlan(planId: string): UsagePlanRecord | null | undefined;
  getAccount(accountId: string): AccountRecord | null | undefined;
  /** Resolves null when the account has no record (AWS defaults apply); rejects only when Redis cannot answer. */
  loadAccount(accountId: string): Promise<AccountRecord | null>;
}
