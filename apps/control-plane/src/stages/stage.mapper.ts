import { DEFAULT_ACCOUNT_THROTTLE, type StageMethodSetting, type ThrottleSettings } from '@tollgate/model';
import type { StageEntity } from '@tollgate/persistence';
import { toEpochSeconds } from '../common/epoch-seconds';

/** AWS `Stage` wire shape (dates in epoch seconds). */
export interface Stage {
  deploymentId: string;
  clientCertificateId?: string;
  stageName: string;
  description?: string;
  cacheClusterEnabled: boolean;
  cacheClusterSize?: string;
  cacheClusterStatus: string;
  methodSettings: Record<string, Required<StageMethodSetting>>;
  variables?: Record<string, string>;
  documentationVersion?: string;
  accessLogSettings?: { format?: string; destinationArn?: string };
  canarySettings?: { percentTraffic: number; deploymentId: string; stageVariableOverrides?: Record<string, string>; useStageCache: boolean };
  tracingEnabled: boolean;
  tags?: Record<string, string>;
  createdDate: number;
  lastUpdatedDate: number;
}

/** `throttle`: the account's throttle, which a method setting reports until it sets its own. */
export function toStage(entity: StageEntity, throttle: ThrottleSettings = DEFAULT_ACCOUNT_THROTTLE): Stage {
  const canary = entity.canarySettings;
  return {
    deploymentId: entity.deploymentId,
    clientCertificateId: entity.clientCertificateId ?? undefined,
    stageName: entity.stageName,
    description: entity.description ?? undefined,
    cacheClusterEnabled: entity.cacheClusterEnabled,
    cacheClusterSize: entity.cacheClusterSize ?? undefined,
    cacheClusterStatus: entity.cacheClusterEnabled ? 'AVAILABLE' : 'NOT_AVAILABLE',
    methodSettings: toWireMethodSettings(entity.methodSettings, throttle),
    variables: nonEmpty(entity.variables),
    documentationVersion: entity.documentationVersion ?? undefined,
    accessLogSettings: entity.accessLogSettings ?? undefined,
    canarySettings: canary
      ? { percentTraffic: canary.percentTraffic, deploymentId: canary.deploymentId, stageVariableOverrides: nonEmpty(canary.stageVariableOverrides), useStageCache: canary.useStageCache }
      : undefined,
    tracingEnabled: entity.tracingEnabled,
    tags: nonEmpty(entity.tags),
    createdDate: toEpochSeconds(entity.createdDate),
    lastUpdatedDate: toEpochSeconds(entity.lastUpdatedDate),
  };
}

/**
 * Stored keys are StageRecord's (`/pets/{id}/GET`); AWS lists them without the leading slash (`pets/{id}/GET`).
 * AWS reports every field of an entry, with its default where the stage never set it.
 */
function toWireMethodSettings(settings: Record<string, StageMethodSetting>, throttle: ThrottleSettings): Record<string, Required<StageMethodSetting>> {
  return Object.fromEntries(Object.entries(settings).map(([key, value]) => [key.startsWith('/') ? key.slice(1) : key, withDefaults(value, throttle)]));
}

function withDefaults(setting: StageMethodSetting, throttle: ThrottleSettings): Required<StageMethodSetting> {
  return {
    metricsEnabled: setting.metricsEnabled ?? false,
    loggingLevel: setting.loggingLevel ?? 'OFF',
    dataTraceEnabled: setting.dataTraceEnabled ?? false,
    throttlingBurstLimit: setting.throttlingBurstLimit ?? throttle.burstLimit ?? DEFAULT_ACCOUNT_THROTTLE.burstLimit,
    throttlingRateLimit: setting.throttlingRateLimit ?? throttle.rateLimit ?? DEFAULT_ACCOUNT_THROTTLE.rateLimit,
    cachingEnabled: setting.cachingEnabled ?? false,
    cacheTtlInSeconds: setting.cacheTtlInSeconds ?? 300,
    cacheDataEncrypted: setting.cacheDataEncrypted ?? false,
    requireAuthorizationForCacheControl: setting.requireAuthorizationForCacheControl ?? true,
    unauthorizedCacheControlHeaderStrategy: setting.unauthorizedCacheControlHeaderStrategy ?? 'SUCCEED_WITH_RESPONSE_HEADER',
  };
}

function nonEmpty<T>(map: Record<string, T>): Record<string, T> | undefined {
  return Object.keys(map).length > 0 ? map : undefined;
}
