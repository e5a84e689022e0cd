import type { StageCanarySettings } from '@tollgate/model';
import type { StageEntity } from '@tollgate/persistence';
import { fieldRule, mapEntryRule } from '../common/patch/patch-rules';
import { applyPatch, type PatchContext, type PatchHandler, type PatchRule, type PatchTable } from '../common/patch/patch-table';
import { booleanValue, enumValue, numberValue, optionalStringValue, stringValue } from '../common/patch/patch-values';
import type { PatchOperation } from '../common/patch-operations';
import { CACHE_CLUSTER_SIZES, checkVariables } from './stage-settings.request';
import { type ApiMethods, METHOD_SETTING_PATHS, methodSettingRules } from './stage-method-settings.request';
import { StagesError } from './stages.error';

/** The fields UpdateStage may change. */
export type StagePatchable = Pick<StageEntity,
  'deploymentId' | 'description' | 'variables' | 'methodSettings' | 'cacheClusterEnabled' | 'cacheClusterSize' | 'tracingEnabled'
  | 'canarySettings' | 'accessLogSettings' | 'clientCertificateId'>;

const fail = StagesError.invalid;
// AWS's list of UpdateStage paths, reproduced in its "Invalid method setting path" message.
const STAGE_PATHS = [
  '/deploymentId', '/description', '/cacheClusterEnabled', '/cacheClusterSize', '/clientCertificateId', '/accessLogSettings',
  '/accessLogSettings/destinationArn', '/accessLogSettings/format',
  ...METHOD_SETTING_PATHS.map((p) => `/{resourcePath}/{httpMethod}/${p}`),
  ...METHOD_SETTING_PATHS.map((p) => `/*/*/${p}`),
  '/variables/{variable_name}', '/tracingEnabled',
];
const CANARY_PATHS = ['/canarySettings/percentTraffic', '/canarySettings/deploymentId', '/canarySettings/stageVariableOverrides/{name}', '/canarySettings/useStageCache'];
const REQUEST_ID = /\$context\.(requestId|extendedRequestId)\b/;

/** The canary, created on first use with AWS's defaults (the stage's own deployment, 0 %). */
function canary(stage: StagePatchable): StageCanarySettings {
  return (stage.canarySettings ??= { deploymentId: stage.deploymentId, percentTraffic: 0, stageVariableOverrides: {}, useStageCache: false });
}

function existingCanary(stage: StagePatchable): StageCanarySettings {
  if (!stage.canarySettings) throw fail('Promotion not available. Canary does not exist.');
  return stage.canarySettings;
}

/** The value a promotion copies; AWS allows copying only from the canary's matching field. */
function promoted(c: PatchContext, from: string): string {
  if (c.operation.from !== from) throw invalidPath(c.operation);
  return c.required();
}

/** AWS accepts only `replace` on a canary field; other ops get its own wording. */
const refuseOp: PatchHandler<StagePatchable> = (_stage, c) => {
  throw c.fail(`Invalid ${c.operation.op} operation with path: ${c.operation.path}`);
};

function canaryRule(path: string, write: PatchHandler<StagePatchable>, read?: PatchRule<StagePatchable>['read']): PatchRule<StagePatchable> {
  return { path, replace: write, add: refuseOp, remove: refuseOp, read };
}

function accessLogRule(field: 'format' | 'destinationArn', check: (c: PatchContext, value: string) => void): PatchRule<StagePatchable> {
  const write: PatchHandler<StagePatchable> = (stage, c) => {
    const value = stringValue(c, field === 'format' ? 4096 : 2048);
    check(c, value);
    stage.accessLogSettings = { ...stage.accessLogSettings, [field]: value };
  };
  return fieldRule(`/accessLogSettings/${field}`, {
    write,
    add: true,
    clear: (stage) => {
      const { [field]: _removed, ...rest } = stage.accessLogSettings ?? {};
      stage.accessLogSettings = Object.keys(rest).length > 0 ? rest : null;
    },
    read: (stage) => stage.accessLogSettings?.[field],
  });
}

function rules(methods: ApiMethods): PatchRule<StagePatchable>[] {
  return [
    {
      path: '/deploymentId',
      replace: (s, c) => { s.deploymentId = stringValue(c, 10); },
      // Promote a canary: copy from /canarySettings/deploymentId.
      copy: (s, c) => { s.deploymentId = promoted(c, '/canarySettings/deploymentId'); },
      read: (s) => s.deploymentId,
    },
    fieldRule('/description', { write: (s, c) => { s.description = optionalStringValue(c); }, add: true, clear: (s) => { s.description = null; }, read: (s) => s.description ?? undefined }),
    fieldRule('/cacheClusterEnabled', { write: (s, c) => { s.cacheClusterEnabled = booleanValue(c); }, read: (s) => String(s.cacheClusterEnabled) }),
    fieldRule('/cacheClusterSize', { write: (s, c) => { s.cacheClusterSize = enumValue(c, CACHE_CLUSTER_SIZES); }, read: (s) => s.cacheClusterSize ?? undefined }),
    fieldRule('/tracingEnabled', { write: (s, c) => { s.tracingEnabled = booleanValue(c); }, read: (s) => String(s.tracingEnabled) }),
    fieldRule('/clientCertificateId', { write: (s, c) => { s.clientCertificateId = optionalStringValue(c, 64); }, add: true, clear: (s) => { s.clientCertificateId = null; }, read: (s) => s.clientCertificateId ?? undefined }),
    { path: '/accessLogSettings', remove: (s) => { s.accessLogSettings = null; } },
    accessLogRule('format', (c, value) => {
      if (!REQUEST_ID.test(value)) throw c.fail('Access Log format must contain at least one of $context.requestId or $context.extendedRequestId');
    }),
    accessLogRule('destinationArn', (c, value) => {
      if (!/^arn:[^:]+:[^:]+:/.test(value)) throw c.fail(`Invalid ARN specified in the request: ${value}`);
    }),
    mapEntryRule('/variables/{name}', {
      param: 'name',
      map: (s) => s.variables,
      value: (c, name) => {
        const value = c.value ?? '';
        checkVariables({ [name]: value }, fail);
        return value;
      },
    }),
    {
      // Promote a canary's variable overrides: copy from /canarySettings/stageVariableOverrides (read as JSON).
      path: '/variables',
      copy: (s, c) => { Object.assign(s.variables, JSON.parse(promoted(c, '/canarySettings/stageVariableOverrides')) as Record<string, string>); },
    },
    { path: '/canarySettings', remove: (s) => { s.canarySettings = null; } },
    canaryRule('/canarySettings/percentTraffic', (s, c) => { canary(s).percentTraffic = numberValue(c, 0, 100); }, (s) => s.canarySettings ? String(s.canarySettings.percentTraffic) : undefined),
    canaryRule('/canarySettings/deploymentId', (s, c) => { canary(s).deploymentId = stringValue(c, 10); }, (s) => existingCanary(s).deploymentId),
    canaryRule('/canarySettings/useStageCache', (s, c) => { canary(s).useStageCache = booleanValue(c); }, (s) => s.canarySettings ? String(s.canarySettings.useStageCache) : undefined),
    {
      path: '/canarySettings/stageVariableOverrides',
      read: (s) => JSON.stringify(existingCanary(s).stageVariableOverrides),
    },
    {
      path: '/canarySettings/stageVariableOverrides/{name}',
      replace: (s, c) => {
        const value = c.value ?? '';
        checkVariables({ [c.params.name]: value }, fail);
        canary(s).stageVariableOverrides[c.params.name] = value;
      },
      add: refuseOp,
      remove: (s, c) => {
        const overrides = s.canarySettings?.stageVariableOverrides;
        if (!overrides || !Object.hasOwn(overrides, c.params.name)) throw c.fail(`Invalid remove operation with path: ${c.operation.path}`);
        delete overrides[c.params.name];
      },
      read: (s, c) => s.canarySettings?.stageVariableOverrides[c.params.name],
    },
    ...methodSettingRules<StagePatchable>(methods),
  ];
}

/** AWS's own messages for paths UpdateStage does not know. */
function invalidPath(operation: PatchOperation): Error {
  if (operation.op === 'copy') {
    return fail(`Invalid copy operation with path: ${operation.path} and from ${operation.from ?? ''}. Valid copy:path are [/deploymentId, /variables] and valid copy:from are [/canarySettings/deploymentId, /canarySettings/stageVariableOverrides]`);
  }
  if (operation.path.startsWith('/canarySettings')) {
    return fail(`Invalid ${operation.op} operation with path: ${operation.path}. Must be one of: [/canarySettings, ${CANARY_PATHS.join(', ')}]`);
  }
  return fail(`Invalid method setting path: ${operation.path}. Must be one of: [${STAGE_PATHS.join(', ')}]`);
}

/**
 * Applies UpdateStage's patchOperations to a copy of the stage (pure). `methods` is the API's current
 * resource paths and verbs, for method-setting paths. Deployment ids are checked by the caller.
 */
export function applyStagePatch(current: StagePatchable, operations: readonly PatchOperation[], methods: ApiMethods): StagePatchable {
  const next: StagePatchable = {
    ...current,
    variables: { ...current.variables },
    methodSettings: Object.fromEntries(Object.entries(current.methodSettings).map(([key, value]) => [key, { ...value }])),
    canarySettings: current.canarySettings ? { ...current.canarySettings, stageVariableOverrides: { ...current.canarySettings.stageVariableOverrides } } : null,
    accessLogSettings: current.accessLogSettings ? { ...current.accessLogSettings } : null,
  };
  const table: PatchTable<StagePatchable> = { fail, rules: rules(methods), invalidPath };
  applyPatch(next, operations, table);
  if (next.cacheClusterEnabled && !next.cacheClusterSize) next.cacheClusterSize = '0.5';
  return next;
}
