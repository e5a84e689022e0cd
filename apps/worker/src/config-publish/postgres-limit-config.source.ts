import { Injectable } from '@nestjs/common';
import type { AccountRecord, UsagePlanRecord } from '@tollgate/model';
import { type AllLimitRecords, type ApiKeyPublication, loadAccountRecord, loadAllLimitRecords, loadApiKeyPublication, loadUsagePlanRecord } from '@tollgate/persistence';
import type { LimitConfigSource } from './limit-config.source';
import { WorkerDatabase } from './worker-database';

/** Reads keys, plans and account settings from Postgres, the source of truth. */
@Injectable()
export class PostgresLimitConfigSource implements LimitConfigSource {
  constructor(private readonly database: WorkerDatabase) {}

  async loadApiKey(accountId: string, keyId: string): Promise<ApiKeyPublication | null> {
    return loadApiKeyPublication(await this.database.get(), accountId, keyId);
  }

  async loadUsagePlan(accountId: string, usagePlanId: string): Promise<UsagePlanRecord | null> {
    return loadUsagePlanRecord(await this.database.get(), accountId, usagePlanId);
  }

  async loadAccount(accountId: string): Promise<AccountRecord | null> {
    return loadAccountRecord(await this.database.get(), accountId);
  }

  async loadAll(): Promise<AllLimitRecords> {
    return loadAllLimitRecords(await this.database.get());
  }
}
