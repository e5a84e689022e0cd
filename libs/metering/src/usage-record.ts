import type { Cluster, Redis } from 'ioredis';

/** Either a single Redis (or Sentinel) connection or a Cluster client; all keys we touch per call share a slot. */
export type RedisClient = Redis | Cluster;

/**
 * Requests one API key made through one API stage on one UTC day — an absolute count, so writing it
 * again (usage-flush re-runs) is idempotent. `apiStage` is `{restApiId}:{stageName}` or QUOTA_ADJUSTMENT.
 */
export interface UsageRecord {
  keyId: string;
  /** `YYYY-MM-DD` (UTC). */
  day: string;
  apiStage: string;
  count: number;
}
