import { asBody, optionalBoolean, optionalNumber, optionalObject, optionalString, optionalStringMap } from '../common/body-fields';
import { checkPercent } from '../stages/create-stage.request';
import { checkCacheClusterSize, checkStageName, checkVariables } from '../stages/stage-settings.request';
import { DeploymentsError } from './deployments.error';

/** CreateDeployment body. */
export interface CreateDeploymentRequest {
  stageName?: string;
  stageDescription?: string;
  description?: string;
  cacheClusterEnabled?: boolean;
  cacheClusterSize?: string;
  variables?: Record<string, string>;
  canarySettings?: { percentTraffic: number; stageVariableOverrides: Record<string, string>; useStageCache: boolean };
  tracingEnabled?: boolean;
}

export function parseCreateDeploymentRequest(raw: unknown): CreateDeploymentRequest {
  const fail = DeploymentsError.invalid;
  const body = asBody(raw, fail);
  const stageName = optionalString(body, 'stageName', fail);
  const canary = optionalObject(body, 'canarySettings', fail);
  if (canary && !stageName) throw fail("'stageName' is required with 'canarySettings'");
  return {
    stageName: stageName === undefined ? undefined : checkStageName(stageName, 'stageName', fail),
    stageDescription: optionalString(body, 'stageDescription', fail),
    description: optionalString(body, 'description', fail),
    cacheClusterEnabled: optionalBoolean(body, 'cacheClusterEnabled', fail),
    cacheClusterSize: checkCacheClusterSize(optionalString(body, 'cacheClusterSize', fail), fail),
    variables: checkVariables(optionalStringMap(body, 'variables', fail), fail),
    canarySettings: canary && {
      percentTraffic: checkPercent(optionalNumber(canary, 'percentTraffic', fail) ?? 0),
      stageVariableOverrides: checkVariables(optionalStringMap(canary, 'stageVariableOverrides', fail), fail) ?? {},
      useStageCache: optionalBoolean(canary, 'useStageCache', fail) ?? false,
    },
    tracingEnabled: optionalBoolean(body, 'tracingEnabled', fail),
  };
}
