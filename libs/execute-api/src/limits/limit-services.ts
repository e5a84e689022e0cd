import type { Limiter } from '@tollgate/limits';
import type { RedisKeys } from '@tollgate/model';
import type { Logger } from 'pino';
import { ApiKeyHashes } from './api-key-hashes';
import { LimitPlanCache } from './limit-plan-cache';
import type { LimitRecordReader } from './limit-record-reader';

/** What the api-key and limits stages use; built once per process (createLimitServices). */
export interface LimitServices {
  readonly records: LimitRecordReader;
  /** One Redis round trip per request: every bucket, the quota and the usage count (@tollgate/limits). */
  readonly limiter: Limiter;
  readonly plans: LimitPlanCache;
  /** sha256 of API key values (the record cache's key), memoised. */
  readonly apiKeyHashes: ApiKeyHashes;
  /**
   * Called when the limiter cannot answer (Redis down, timeout): the request is admitted (fail open) and
   * not counted. Prebuilt so the request path allocates no closure for it.
   */
  readonly onLimiterUnavailable: (error: unknown) => void;
}

export interface LimitServicesOptions {
  records: LimitRecordReader;
  limiter: Limiter;
  keys: RedisKeys;
  logger: Logger;
  /** At most one "limits unavailable" warning per this many ms; default 10000. */
  warnEveryMs?: number;
  now?: () => number;
}

export function createLimitServices(options: LimitServicesOptions): LimitServices {
  const { logger } = options;
  const now = options.now ?? Date.now;
  const warnEveryMs = options.warnEveryMs ?? 10_000;
  let lastWarnAt = -Infinity;
  let skipped = 0;
  return {
    records: options.records,
    limiter: options.limiter,
    plans: new LimitPlanCache(options.keys),
    apiKeyHashes: new ApiKeyHashes(),
    onLimiterUnavailable: (error: unknown) => {
      skipped++;
      const at = now();
      if (at - lastWarnAt < warnEveryMs) return;
      lastWarnAt = at;
      logger.warn({ err: (error as Error)?.message ?? String(error), admittedUnchecked: skipped }, 'limits unavailable: admitting requests without throttle, quota or usage count');
      skipped = 0;
    },
  };
}
