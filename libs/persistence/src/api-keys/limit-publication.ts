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

/** Everything config-publish writes, by id, for republish-on-start. */
export interface LimitConfigRefs {
  apiKeys: Array<{ accountId: string; keyId: string; valueSha256: string }>;
  usagePlans: Array<{ accountId: string; usagePlanId: string }>;
  /** Accounts with settings of their own (the others use AWS defaults, which the data plane knows). */
  accounts: string[];
}

export async function listLimitConfig(dataSource: DataSource): Promise<LimitConfigRefs> {
  const [keys, plans, accounts] = await Promise.all([
    dataSource.getRepository(ApiKeyEntity).find({ select: { accountId: true, id: true, valueSha256: true }, order: { id: 'ASC' } }),
    dataSource.getRepository(UsagePlanEntity).find({ select: { accountId: true, id: true }, order: { id: 'ASC' } }),
    dataSource.getRepository(AccountSettingsEntity).find({ select: { accountId: true }, order: { accountId: 'ASC' } }),
  ]);
  return {
    apiKeys: keys.map((k) => ({ accountId: k.accountId, keyId: k.id, valueSha256: k.valueSha256 })),
    usagePlans: plans.map((p) => ({ accountId: p.accountId, usagePlanId: p.id })),
    accounts: accounts.map((a) => a.accountId),
  };
}
