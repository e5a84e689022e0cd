import { type AccountRecord, type ApiKeyRecord, DEFAULT_ACCOUNT_THROTTLE, type UsagePlanRecord } from '@tollgate/model';
import type { DataSource } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { AccountSettingsEntity } from '../account-settings/account-settings.entity';
import { UsagePlanKeyEntity } from '../usage-plans/usage-plan-key.entity';
import { UsagePlanEntity } from '../usage-plans/usage-plan.entity';
import { ApiKeyEntity } from './api-key.entity';

/** What the worker writes under `apikey:{valueSha256}`. */
export interface ApiKeyPublication {
  valueSha256: string;
  record: ApiKeyRecord;
}

/** The key's current Redis record, or null when the key no longer exists. */
export async function loadApiKeyPublication(dataSource: DataSource, accountId: string, keyId: string): Promise<ApiKeyPublication | null> {
  const key = await dataSource.getRepository(ApiKeyEntity).findOneBy({ accountId, id: keyId });
  if (!key) return null;
  const plans = await dataSource.getRepository(UsagePlanKeyEntity).find({ where: { accountId, keyId }, select: { usagePlanId: true }, order: { usagePlanId: 'ASC' } });
  return {
    valueSha256: key.valueSha256,
    record: { id: key.id, accountId, enabled: key.enabled, usagePlanIds: plans.map((p) => p.usagePlanId) },
  };
}

/** The plan's current Redis record, or null when the plan no longer exists. */
export async function loadUsagePlanRecord(dataSource: DataSource, accountId: string, usagePlanId: string): Promise<UsagePlanRecord | null> {
  const plan = await dataSource.getRepository(UsagePlanEntity).findOneBy({ accountId, id: usagePlanId });
  return plan ? toUsagePlanRecord(plan) : null;
}

export function toUsagePlanRecord(plan: UsagePlanEntity): UsagePlanRecord {
  return {
    id: plan.id,
    accountId: plan.accountId,
    name: plan.name,
    ...(plan.throttle ? { throttle: plan.throttle } : {}),
    ...(plan.quota ? { quota: plan.quota } : {}),
    apiStages: Object.fromEntries(plan.apiStages.map((s) => [`${s.apiId}:${s.stage}`, s.throttle ?? {}])),
  };
}

/** The account's throttle (AWS defaults without settings), or null when the account does not exist. */
export async function loadAccountRecord(dataSource: DataSource, accountId: string): Promise<AccountRecord | null> {
  if (!(await dataSource.getRepository(AccountEntity).existsBy({ accountId }))) return null;
  const settings = await dataSource.getRepository(AccountSettingsEntity).findOneBy({ accountId });
  return {
    accountId,
    throttle: settings ? { burstLimit: settings.throttleBurstLimit, rateLimit: settings.throttleRateLimit } : { ...DEFAULT_ACCOUNT_THROTTLE },
  };
}

/** Every limit record config-publish writes, for republish-on-start: a few queries, however many rows. */
export interface AllLimitRecords {
  apiKeys: ApiKeyPublication[];
  usagePlans: UsagePlanRecord[];
  /** Only accounts with settings of their own; the others use AWS defaults, which the data plane applies. */
  accounts: AccountRecord[];
}

export async function loadAllLimitRecords(dataSource: DataSource): Promise<AllLimitRecords> {
  const [keys, memberships, plans, settings] = await Promise.all([
    dataSource.getRepository(ApiKeyEntity).find({ select: { accountId: true, id: true, valueSha256: true, enabled: true }, order: { id: 'ASC' } }),
    dataSource.getRepository(UsagePlanKeyEntity).find({ select: { keyId: true, usagePlanId: true }, order: { usagePlanId: 'ASC' } }),
    dataSource.getRepository(UsagePlanEntity).find({ order: { id: 'ASC' } }),
    dataSource.getRepository(AccountSettingsEntity).find({ order: { accountId: 'ASC' } }),
  ]);
  const plansOfKey = new Map<string, string[]>();
  for (const { keyId, usagePlanId } of memberships) plansOfKey.set(keyId, [...(plansOfKey.get(keyId) ?? []), usagePlanId]);
  return {
    apiKeys: keys.map((key) => ({
      valueSha256: key.valueSha256,
      record: { id: key.id, accountId: key.accountId, enabled: key.enabled, usagePlanIds: plansOfKey.get(key.id) ?? [] },
    })),
    usagePlans: plans.map(toUsagePlanRecord),
    accounts: settings.map((s) => ({ accountId: s.accountId, throttle: { burstLimit: s.throttleBurstLimit, rateLimit: s.throttleRateLimit } })),
  };
}
