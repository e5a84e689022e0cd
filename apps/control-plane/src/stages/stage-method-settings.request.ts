import type { StageMethodSetting } from '@tollgate/model';
import type { PatchContext, PatchRule } from '../common/patch/patch-table';
import { booleanValue, enumValue, integerValue, numberValue } from '../common/patch/patch-values';

/** The API's current resource paths and the verbs configured on each (for method-setting paths). */
export type ApiMethods = ReadonlyMap<string, ReadonlySet<string>>;

/** The part of a stage its method-setting paths edit. */
export interface MethodSettingsTarget {
  methodSettings: Record<string, StageMethodSetting>;
}

const STAGE_WIDE = '*/*';
const LOG_LEVELS = ['OFF', 'ERROR', 'INFO'] as const;
const CACHE_CONTROL_STRATEGIES = ['FAIL_WITH_403', 'SUCCEED_WITH_RESPONSE_HEADER', 'SUCCEED_WITHOUT_RESPONSE_HEADER'] as const;
// Throttle limits are Java int/double on AWS; -1 is AWS's "unset" (the limits lib ignores negatives).
const MAX_LIMIT = 2_147_483_647;

type Setter = (context: PatchContext) => Partial<StageMethodSetting>;

/** `{group}/{setting}` of a method-setting path -> the StageMethodSetting field it writes. */
const SETTINGS: Readonly<Record<string, { field: keyof StageMethodSetting; parse: Setter }>> = {
  'throttling/burstLimit': { field: 'throttlingBurstLimit', parse: (c) => ({ throttlingBurstLimit: integerValue(c, -1, MAX_LIMIT) }) },
  'throttling/rateLimit': { field: 'throttlingRateLimit', parse: (c) => ({ throttlingRateLimit: numberValue(c, -1, MAX_LIMIT) }) },
  'caching/enabled': { field: 'cachingEnabled', parse: (c) => ({ cachingEnabled: booleanValue(c) }) },
  'caching/ttlInSeconds': { field: 'cacheTtlInSeconds', parse: (c) => ({ cacheTtlInSeconds: integerValue(c, 0, 3600) }) },
  'caching/dataEncrypted': { field: 'cacheDataEncrypted', parse: (c) => ({ cacheDataEncrypted: booleanValue(c) }) },
  'caching/requireAuthorizationForCacheControl': { field: 'requireAuthorizationForCacheControl', parse: (c) => ({ requireAuthorizationForCacheControl: booleanValue(c) }) },
  'caching/unauthorizedCacheControlHeaderStrategy': {
    field: 'unauthorizedCacheControlHeaderStrategy',
    parse: (c) => ({ unauthorizedCacheControlHeaderStrategy: enumValue(c, CACHE_CONTROL_STRATEGIES) }),
  },
  'metrics/enabled': { field: 'metricsEnabled', parse: (c) => ({ metricsEnabled: booleanValue(c) }) },
  'logging/loglevel': { field: 'loggingLevel', parse: (c) => ({ loggingLevel: enumValue(c, LOG_LEVELS) }) },
  'logging/dataTrace': { field: 'dataTraceEnabled', parse: (c) => ({ dataTraceEnabled: booleanValue(c) }) },
};

/** The AWS path templates, in the order AWS lists them in its error message. */
export const METHOD_SETTING_PATHS = Object.keys(SETTINGS);

/**
 * Rules for `/{resourcePath}/{httpMethod}/{group}/{setting}` (resource path `~1`-escaped, or `*` / `*`
 * for the stage-wide default) and `remove /{resourcePath}/{httpMethod}` of a whole method setting.
 * Keys are StageRecord's: `*\/*` or `{resourcePath}/{HTTP_METHOD}` (e.g. `/pets/{id}/GET`).
 */
export function methodSettingRules<T extends MethodSettingsTarget>(methods: ApiMethods): PatchRule<T>[] {
  const write = (target: T, context: PatchContext): void => {
    const { group, setting } = context.params;
    const spec = SETTINGS[`${group}/${setting}`];
    if (!spec) throw invalidSettingPath(context);
    const key = settingKey(context, methods, true);
    target.methodSettings[key] = { ...target.methodSettings[key], ...spec.parse(context) };
  };
  return [
    {
      path: '/{resourcePath}/{httpMethod}/{group}/{setting}',
      add: write,
      replace: write,
      remove: (target, context) => {
        const { group, setting } = context.params;
        const spec = SETTINGS[`${group}/${setting}`];
        if (!spec) throw invalidSettingPath(context);
        const key = settingKey(context, methods, false);
        const current = target.methodSettings[key];
        if (!current) throw noSetting(context);
        const { [spec.field]: _removed, ...rest } = current;
        if (Object.keys(rest).length === 0) delete target.methodSettings[key];
        else target.methodSettings[key] = rest;
      },
      read: (target, context) => {
        const spec = SETTINGS[`${context.params.group}/${context.params.setting}`];
        const value = spec && target.methodSettings[settingKey(context, methods, false)]?.[spec.field];
        return value === undefined ? undefined : String(value);
      },
    },
    {
      path: '/{resourcePath}/{httpMethod}',
      remove: (target, context) => {
        const key = settingKey(context, methods, false);
        if (!target.methodSettings[key]) throw noSetting(context);
        delete target.methodSettings[key];
      },
    },
  ];
}

/** The stored key of a method-setting path; `requireMethod` checks the method exists on the API now. */
function settingKey(context: PatchContext, methods: ApiMethods, requireMethod: boolean): string {
  const { resourcePath, httpMethod } = context.params;
  if (resourcePath === '*' || httpMethod === '*') {
    if (resourcePath !== '*' || httpMethod !== '*') throw invalidSettingPath(context);
    return STAGE_WIDE;
  }
  if (requireMethod && !methods.get(resourcePath)?.has(httpMethod)) {
    throw context.fail(`Invalid method setting path: ${context.operation.path}. There is no ${httpMethod} method on resource ${resourcePath}`);
  }
  return `${resourcePath}/${httpMethod}`;
}

function noSetting(context: PatchContext): Error {
  const path = context.operation.path.replace(/^\/+/, '');
  // AWS's wording, trailing space included.
  return context.fail(`Cannot ${context.operation.op} method setting ${path} because there is no method setting for this method `);
}

function invalidSettingPath(context: PatchContext): Error {
  return context.fail(`Invalid method setting path: ${context.operation.path}. Must be one of: [${METHOD_SETTING_PATHS.map((p) => `/{resourcePath}/{httpMethod}/${p}`).join(', ')}]`);
}
