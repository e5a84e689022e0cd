import { DEFAULT_ACCOUNT_THROTTLE } from '@tollgate/model';
import type { AccountSettingsEntity, AccountSettingsValues } from '@tollgate/persistence';

/** AWS `Account` wire shape. */
export interface Account {
  cloudwatchRoleArn?: string;
  throttleSettings: { burstLimit: number; rateLimit: number };
  features: string[];
  apiKeyVersion: string;
}

/** What an account without settings of its own gets: AWS's defaults. */
export const DEFAULT_ACCOUNT_SETTINGS: AccountSettingsValues = Object.freeze({
  throttleBurstLimit: DEFAULT_ACCOUNT_THROTTLE.burstLimit,
  throttleRateLimit: DEFAULT_ACCOUNT_THROTTLE.rateLimit,
  cloudwatchRoleArn: null,
  features: ['UsagePlans'],
});

export function toAccount(settings: AccountSettingsEntity | AccountSettingsValues): Account {
  return {
    ...(settings.cloudwatchRoleArn ? { cloudwatchRoleArn: settings.cloudwatchRoleArn } : {}),
    throttleSettings: { burstLimit: settings.throttleBurstLimit, rateLimit: settings.throttleRateLimit },
    features: settings.features,
    // AWS answers "4" for every account created since API key version 4 shipped.
    apiKeyVersion: '4',
  };
}
