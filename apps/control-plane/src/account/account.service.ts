import { Inject, Injectable } from '@nestjs/common';
import { AccountSettingsRepository, type TenantScope } from '@tollgate/persistence';
import { ConfigJobsService } from '../api-keys/config-jobs.service';
import { parsePatchOperations } from '../common/patch-operations';
import { type Account, DEFAULT_ACCOUNT_SETTINGS, toAccount } from './account.mapper';
import { AccountError } from './account.error';
import { applyAccountPatch } from './update-account.request';

/** GetAccount / UpdateAccount; a throttle change reaches the data planes through config-publish. */
@Injectable()
export class AccountService {
  constructor(@Inject(AccountSettingsRepository) private readonly settings: AccountSettingsRepository, private readonly jobs: ConfigJobsService) {}

  async get(scope: TenantScope): Promise<Account> {
    return toAccount((await this.settings.find(scope.accountId)) ?? DEFAULT_ACCOUNT_SETTINGS);
  }

  async update(scope: TenantScope, body: unknown): Promise<Account> {
    const stored = await this.settings.find(scope.accountId);
    const current = stored
      ? { throttleBurstLimit: stored.throttleBurstLimit, throttleRateLimit: stored.throttleRateLimit, cloudwatchRoleArn: stored.cloudwatchRoleArn, features: stored.features }
      : DEFAULT_ACCOUNT_SETTINGS;
    const next = applyAccountPatch(current, parsePatchOperations(body, AccountError.invalid));
    await this.settings.save(scope.accountId, next);
    await this.jobs.publishAccount(scope.accountId);
    return toAccount(next);
  }
}
