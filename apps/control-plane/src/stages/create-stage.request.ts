import { asBody, optionalBoolean, optionalNumber, optionalObject, optionalString, optionalStringMap } from '../common/body-fields';
import { checkCacheClusterSize, checkStageName, checkVariables } from './stage-settings.request';
import { StagesError } from './stages.error';

/** CreateStage body. */
export interface CreateStageRequest {
  stageName: string;
  deploymentId: string;
  description?: string;
  cacheClusterEnabled: boolean;
  cacheClusterSize?: string;
  variables: Record<string, string>;
  documentationVersion?: string;
  canarySettings?: { percentTraffic: number; deploymentId?: string; stageVariableOverrides: Record<string, string>; useStageCache: boolean };
  tracingEnabled: boolean;
  tags: Record<string, string>;
}

export function parseCreateStageRequest(raw: unknown): CreateStageRequest {
  const fail = StagesError.invalid;
  const body = asBody(raw, fail);
  const stageName = optionalString(body, 'stageName', fail);
  if (!stageName) throw fail("'stageName' is required");
  const deploymentId = optionalString(body, 'deploymentId', fail);
  if (!deploymentId) throw fail("'deploymentId' is required");
  const canary = optionalObject(body, 'canarySettings', fail);
  return {
    stageName: checkStageName(stageName, 'stageName', fail),
    deploymentId,
    description: optionalString(body, 'description', fail),
    cacheClusterEnabled: optionalBoolean(body, 'cacheClusterEnabled', fail) ?? false,
    cacheClusterSize: checkCacheClusterSize(optionalString(body, 'cacheClusterSize', fail), fail),
    variables: checkVariables(optionalStringMap(body, 'variables', fail), fail) ?? {},
    documentationVersion: optionalString(body, 'documentationVersion', fail, 64),
    canarySettings: canary && {
      percentTraffic: checkPercent(optionalNumber(canary, 'percentTraffic', fail) ?? 0),
      deploymentId: optionalString(canary, 'deploymentId', fail),
      stageVariableOverrides: checkVariables(optionalStringMap(canary, 'stageVariableOverrides', fail), fail) ?? {},
      useStageCache: optionalBoolean(canary, 'useStageCache', fail) ?? false,
    },
    tracingEnabled: optionalBoolean(body, 'tracingEnabled', fail) ?? false,
    tags: optionalStringMap(body, 'tags', fail) ?? {},
  };
}

export function checkPercent(value: number): number {
  if (value < 0 || value > 100) throw StagesError.invalid(`Invalid 'percentTraffic': ${value}. It must be between 0.0 and 100.0`);
  return value;
}
