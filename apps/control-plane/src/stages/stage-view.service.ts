import { Inject, Injectable } from '@nestjs/common';
import { DEFAULT_ACCOUNT_THROTTLE, type ThrottleSettings } from '@tollgate/model';
import { AccountSettingsRepository, type StageEntity, type TenantScope } from '@tollgate/persistence';
import { toStage, type Stage } from './stage.mapper';

/** Stage wire shapes: method settings report the account's throttle where a setting never set its own. */
@Injectable()
export class StageViewService {
  constructor(@Inject(AccountSettingsRepository) private readonly settings: AccountSettingsRepository) {}

  async view(scope: TenantScope, stage: StageEntity): Promise<Stage> {
    return toStage(stage, await this.throttle(scope, [stage]));
  }

  async viewAll(scope: TenantScope, stages: readonly StageEntity[]): Promise<Stage[]> {
    const throttle = await this.throttle(scope, stages);
    return stages.map((stage) => toStage(stage, throttle));
  }

  /** Read only when some stage has method settings to fill in. */
  private async throttle(scope: TenantScope, stages: readonly StageEntity[]): Promise<ThrottleSettings> {
    if (stages.every((stage) => Object.keys(stage.methodSettings).length === 0)) return DEFAULT_ACCOUNT_THROTTLE;
    const settings = await this.settings.find(scope.accountId);
    return settings ? { burstLimit: settings.throttleBurstLimit, rateLimit: settings.throttleRateLimit } : DEFAULT_ACCOUNT_THROTTLE;
  }
}
