import type { FieldFailure } from '../common/body-fields';

const STAGE_NAME = /^[A-Za-z0-9_-]{1,128}$/;
const VARIABLE_NAME = /^[A-Za-z0-9_]{1,64}$/;
const VARIABLE_VALUE = /^[A-Za-z0-9\-._~:/?#&=,]{0,512}$/;
export const CACHE_CLUSTER_SIZES = ['0.5', '1.6', '6.1', '13.5', '28.4', '58.2', '118', '237'];

/** Rules shared by CreateStage and CreateDeployment's stage fields. */
export function checkStageName(value: string, field: string, fail: FieldFailure): string {
  if (!STAGE_NAME.test(value)) throw fail(`Invalid '${field}': ${value}. Stage name only allows a-zA-Z0-9_- and up to 128 characters`);
  return value;
}

export function checkVariables(variables: Record<string, string> | undefined, fail: FieldFailure): Record<string, string> | undefined {
  for (const [name, value] of Object.entries(variables ?? {})) {
    if (!VARIABLE_NAME.test(name)) throw fail(`Invalid stage variable name in 'variables': ${name}. Names must match [A-Za-z0-9_]+`);
    if (!VARIABLE_VALUE.test(value)) throw fail(`Invalid stage variable value in 'variables' for ${name}. Values must match [A-Za-z0-9-._~:/?#&=,]+`);
  }
  return variables;
}

export function checkCacheClusterSize(value: string | undefined, fail: FieldFailure): string | undefined {
  if (value !== undefined && !CACHE_CLUSTER_SIZES.includes(value)) {
    throw fail(`Invalid 'cacheClusterSize': ${value}. Valid values are ${CACHE_CLUSTER_SIZES.join(', ')}`);
  }
  return value;
}
