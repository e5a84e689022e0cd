import type { QuotaPeriod } from '@tollgate/metering';

/** Which AWS throttle a bucket implements, in the order AWS applies them. */
export type ThrottleScope = 'client-method' | 'client' | 'stage-method' | 'stage' | 'account';

/** One token bucket: refills `rateLimit` tokens per second up to `burstLimit`; a request takes one token. */
export interface ThrottleBucket {
  /** Full Redis key from a RedisKeys bucket builder; build once and reuse it (see planLimitRequest). */
  readonly key: string;
  readonly scope: ThrottleScope;
  /** Tokens per second, >= 0 (fractions allowed). */
  readonly rateLimit: number;
  /** Capacity, >= 0; 0 rejects every request, as on AWS. */
  readonly burstLimit: number;
}

export interface QuotaCheck {
  readonly planId: string;
  readonly keyId: string;
  /** Requests allowed per window, >= 0. */
  readonly limit: number;
  readonly period: QuotaPeriod;
  /** See @tollgate/metering quota-period.ts for what offset means per period. */
  readonly offset: number;
}

export interface UsageCount {
  readonly planId: string;
  readonly keyId: string;
  /** `{restApiId}:{stageName}`. */
  readonly apiStage: string;
}

/** Everything the limits stage needs for one request; all of it is decided in one Redis call. */
export interface LimitRequest {
  /** Owner of every key below: their shared hash tag. */
  readonly accountId: string;
  /** Checked together; all must have a token (so the most restrictive wins). */
  readonly buckets: readonly ThrottleBucket[];
  readonly quota?: QuotaCheck;
  /** The usage counter to increment if the request is admitted. */
  readonly usage?: UsageCount;
}

export type LimitDecision =
  | { readonly admitted: true; readonly quotaRemaining?: number }
  | {
      readonly admitted: false;
      readonly reason: 'THROTTLED' | 'QUOTA_EXCEEDED';
      /** When a retry can succeed; absent when it never will (rate 0 or burst 0). */
      readonly retryAfterMs?: number;
      /** For THROTTLED: the bucket that needs the longest wait. */
      readonly throttledBy?: ThrottleScope;
    };
