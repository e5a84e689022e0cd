import type { StageEntity } from '@tollgate/persistence';
import { toStage } from './stage.mapper';

function stage(overrides: Partial<StageEntity> = {}): StageEntity {
  return {
    restApiId: 'api', stageName: 'prod', accountId: '000000000000', region: 'us-east-1', deploymentId: 'dep',
    description: null, variables: {}, methodSettings: {}, cacheClusterEnabled: false, cacheClusterSize: null, tracingEnabled: false,
    canarySettings: null, accessLogSettings: null, clientCertificateId: null, documentationVersion: null, tags: {},
    createdDate: new Date(1_700_000_000_500), lastUpdatedDate: new Date(1_700_000_100_999),
    ...overrides,
  };
}

describe('toStage', () => {
  it('answers the AWS shape: epoch seconds, NOT_AVAILABLE cache, empty maps left out', () => {
    expect(toStage(stage())).toEqual({
      deploymentId: 'dep', stageName: 'prod', cacheClusterEnabled: false, cacheClusterStatus: 'NOT_AVAILABLE', methodSettings: {},
      tracingEnabled: false, createdDate: 1_700_000_000, lastUpdatedDate: 1_700_000_100,
      clientCertificateId: undefined, description: undefined, cacheClusterSize: undefined, variables: undefined, documentationVersion: undefined,
      accessLogSettings: undefined, canarySettings: undefined, tags: undefined,
    });
  });

  it.each<[string, string]>([
    ['*/*', '*/*'],
    ['/pets/GET', 'pets/GET'],
    ['/pets/{id}/DELETE', 'pets/{id}/DELETE'],
  ])('lists method setting %s as %s', (stored, wire) => {
    const settings = toStage(stage({ methodSettings: { [stored]: { throttlingRateLimit: 5 } } })).methodSettings;
    expect(Object.keys(settings)).toEqual([wire]);
    expect(settings[wire].throttlingRateLimit).toBe(5);
  });

  it("reports every MethodSetting field, AWS's default (and the account's throttle) where none was set", () => {
    const settings = toStage(stage({ methodSettings: { '*/*': { loggingLevel: 'INFO', cacheTtlInSeconds: 60 } } }), { burstLimit: 200, rateLimit: 100.5 }).methodSettings;
    expect(settings['*/*']).toEqual({
      metricsEnabled: false, loggingLevel: 'INFO', dataTraceEnabled: false, throttlingBurstLimit: 200, throttlingRateLimit: 100.5,
      cachingEnabled: false, cacheTtlInSeconds: 60, cacheDataEncrypted: false, requireAuthorizationForCacheControl: true,
      unauthorizedCacheControlHeaderStrategy: 'SUCCEED_WITH_RESPONSE_HEADER',
    });
    // Without account settings: AWS's account defaults.
    expect(toStage(stage({ methodSettings: { '*/*': {} } })).methodSettings['*/*']).toMatchObject({ throttlingBurstLimit: 5000, throttlingRateLimit: 10000 });
  });

  it('reports an enabled cache as AVAILABLE and keeps variables and canary settings', () => {
    const wire = toStage(stage({
      cacheClusterEnabled: true, cacheClusterSize: '0.5', variables: { a: 'b' },
      canarySettings: { percentTraffic: 10, deploymentId: 'dep2', stageVariableOverrides: {}, useStageCache: false },
    }));
    expect(wire).toMatchObject({ cacheClusterStatus: 'AVAILABLE', cacheClusterSize: '0.5', variables: { a: 'b' }, canarySettings: { percentTraffic: 10, deploymentId: 'dep2', useStageCache: false } });
    expect(wire.canarySettings?.stageVariableOverrides).toBeUndefined();
  });
});
