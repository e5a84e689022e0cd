/** Payloads carry ids only; the worker reads the current state from Postgres, so replays are idempotent. */
export interface PublishStagePayload {
  accountId: string;
  restApiId: string;
  stageName: string;
}

export interface UnpublishStagePayload {
  accountId: string;
  restApiId: string;
  stageName: string;
}

/**
 * config-publish: rewrite (or delete, when gone from Postgres) `apikey:{valueSha256}`. The hash rides along
 * because a deleted key's value can no longer be read from Postgres.
 */
export interface PublishApiKeyPayload {
  accountId: string;
  keyId: string;
  valueSha256: string;
}

/** config-publish: rewrite (or delete) `plan:{usagePlanId}`. */
export interface PublishUsagePlanPayload {
  accountId: string;
  usagePlanId: string;
}

/** config-publish: rewrite `account:{accountId}` (throttle settings). */
export interface PublishAccountPayload {
  accountId: string;
}

/**
 * usage-flush: copy the Redis day counters of every plan to Postgres (repeatable; no ids needed).
 * `days`: how many UTC days back from today to copy (default: the worker's lookback, 2).
 */
export interface FlushUsagePayload {
  days?: number;
}

/** reconcile: compare every stage, key, plan and account record in Redis with Postgres and repair (repeatable; no ids). */
export type ReconcileRedisPayload = Record<string, never>;

export interface JobsByName {
  'publish-stage': PublishStagePayload;
  'unpublish-stage': UnpublishStagePayload;
  'publish-api-key': PublishApiKeyPayload;
  'publish-usage-plan': PublishUsagePlanPayload;
  'publish-account': PublishAccountPayload;
  'flush-usage': FlushUsagePayload;
  'reconcile-redis': ReconcileRedisPayload;
}

export type JobName = keyof JobsByName;
