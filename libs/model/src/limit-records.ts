/**
 * Records the data plane reads for API keys, usage plans and account throttles.
 * Published by the control plane / worker; key values are never stored in Redis, only their sha256.
 */
export interface ApiKeyRecord {
  id: string;
  accountId: string;
  enabled: boolean;
  usagePlanIds: string[];
}

export interface ThrottleSettings {
  burstLimit?: number;
  rateLimit?: number;
}

export interface QuotaSettings {
  limit: number;
  offset: number;
  period: 'DAY' | 'WEEK' | 'MONTH';
}

export interface UsagePlanRecord {
  id: string;
  accountId: string;
  name: string;
  throttle?: ThrottleSettings;
  quota?: QuotaSettings;
  /** `{restApiId}:{stage}` -> per-method throttles keyed `{resourcePath}/{HTTP_METHOD}`. */
  apiStages: Record<string, Record<string, ThrottleSettings>>;
}

export interface AccountRecord {
  accountId: string;
  /** AWS defaults: 10000 rps steady, 5000 burst. */
  throttle: { burstLimit: number; rateLimit: number };
}

export const DEFAULT_ACCOUNT_THROTTLE = Object.freeze({ burstLimit: 5000, rateLimit: 10000 });
