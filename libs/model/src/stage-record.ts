/**
 * Small mutable per-stage record, published beside the snapshot under `stage:{restApiId}:{stageName}`.
 * Everything AWS applies to a stage without a redeploy lives here.
 */
export const STAGE_RECORD_SCHEMA_VERSION = 1;

export interface StageRecord {
  schemaVersion: number;
  accountId: string;
  region: string;
  restApiId: string;
  stageName: string;
  deploymentId: string;
  variables: Record<string, string>;
  /** Keyed `*\/*` or `{resourcePath}/{HTTP_METHOD}` with the path unescaped, e.g. `/pets/{id}/GET`. */
  methodSettings: Record<string, StageMethodSetting>;
  canarySettings?: StageCanarySettings;
  cacheClusterEnabled: boolean;
  tracingEnabled: boolean;
  accessLogSettings?: { format?: string; destinationArn?: string };
  /** epoch ms of the control-plane change this record reflects. */
  updatedAt: number;
}

export interface StageMethodSetting {
  throttlingBurstLimit?: number;
  throttlingRateLimit?: number;
  cachingEnabled?: boolean;
  cacheTtlInSeconds?: number;
  cacheDataEncrypted?: boolean;
  requireAuthorizationForCacheControl?: boolean;
  unauthorizedCacheControlHeaderStrategy?: string;
  metricsEnabled?: boolean;
  loggingLevel?: string;
  dataTraceEnabled?: boolean;
}

export interface StageCanarySettings {
  percentTraffic: number;
  deploymentId: string;
  stageVariableOverrides: Record<string, string>;
  useStageCache: boolean;
}
