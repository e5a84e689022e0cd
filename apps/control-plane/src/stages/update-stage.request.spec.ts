import type { PatchOperation } from '../common/patch-operations';
import type { ApiMethods } from './stage-method-settings.request';
import { StagesError } from './stages.error';
import { applyStagePatch, type StagePatchable } from './update-stage.request';

const METHODS: ApiMethods = new Map([['/', new Set(['GET'])], ['/pets/{id}', new Set(['GET', 'ANY'])]]);

function stage(overrides: Partial<StagePatchable> = {}): StagePatchable {
  return {
    deploymentId: 'dep1', description: null, variables: { a: '1' }, methodSettings: {}, cacheClusterEnabled: false, cacheClusterSize: null,
    tracingEnabled: false, canarySettings: null, accessLogSettings: null, clientCertificateId: null, ...overrides,
  };
}

function refused(current: StagePatchable, operation: PatchOperation): string {
  try {
    applyStagePatch(current, [operation], METHODS);
  } catch (error) {
    expect(error).toBeInstanceOf(StagesError);
    expect((error as StagesError).errorType).toBe('BadRequestException');
    return (error as Error).message;
  }
  throw new Error('expected the patch to be refused');
}

describe('applyStagePatch', () => {
  it.each<[string, PatchOperation[], Partial<StagePatchable>]>([
    ['stage-wide throttle keyed */*', [{ op: 'replace', path: '/*/*/throttling/rateLimit', value: '10.5' }], { methodSettings: { '*/*': { throttlingRateLimit: 10.5 } } }],
    ['per-method key is the unescaped path + verb', [{ op: 'replace', path: '/~1pets~1{id}/ANY/throttling/burstLimit', value: '7' }], { methodSettings: { '/pets/{id}/ANY': { throttlingBurstLimit: 7 } } }],
    ['root resource is ~1', [{ op: 'replace', path: '/~1/GET/caching/enabled', value: 'false' }], { methodSettings: { '//GET': { cachingEnabled: false } } }],
    ['settings of one method merge', [
      { op: 'replace', path: '/*/*/caching/enabled', value: 'true' },
      { op: 'replace', path: '/*/*/caching/ttlInSeconds', value: '0' },
      { op: 'replace', path: '/*/*/caching/dataEncrypted', value: 'true' },
      { op: 'replace', path: '/*/*/caching/requireAuthorizationForCacheControl', value: 'false' },
      { op: 'replace', path: '/*/*/caching/unauthorizedCacheControlHeaderStrategy', value: 'FAIL_WITH_403' },
    ], { methodSettings: { '*/*': { cachingEnabled: true, cacheTtlInSeconds: 0, cacheDataEncrypted: true, requireAuthorizationForCacheControl: false, unauthorizedCacheControlHeaderStrategy: 'FAIL_WITH_403' } } }],
    ['variables add/replace/remove', [{ op: 'add', path: '/variables/b', value: 'x' }, { op: 'remove', path: '/variables/a' }], { variables: { b: 'x' } }],
    ['cache cluster on defaults the size to 0.5', [{ op: 'replace', path: '/cacheClusterEnabled', value: 'true' }], { cacheClusterEnabled: true, cacheClusterSize: '0.5' }],
    ['a canary field creates the canary on the stage deployment', [{ op: 'replace', path: '/canarySettings/percentTraffic', value: '5' }],
      { canarySettings: { deploymentId: 'dep1', percentTraffic: 5, stageVariableOverrides: {}, useStageCache: false } }],
  ])('%s', (_name, operations, expected) => {
    expect(applyStagePatch(stage(), operations, METHODS)).toMatchObject(expected);
  });

  it('promotes a canary: copies its deployment and variable overrides, then removes it', () => {
    const current = stage({ canarySettings: { deploymentId: 'dep2', percentTraffic: 10, stageVariableOverrides: { a: 'c' }, useStageCache: false } });
    expect(applyStagePatch(current, [
      { op: 'copy', path: '/deploymentId', from: '/canarySettings/deploymentId' },
      { op: 'copy', path: '/variables', from: '/canarySettings/stageVariableOverrides' },
      { op: 'remove', path: '/canarySettings' },
    ], METHODS)).toMatchObject({ deploymentId: 'dep2', variables: { a: 'c' }, canarySettings: null });
  });

  it('does not touch the stage it was given', () => {
    const current = stage({ methodSettings: { '*/*': { metricsEnabled: true } } });
    applyStagePatch(current, [{ op: 'replace', path: '/*/*/metrics/enabled', value: 'false' }, { op: 'add', path: '/variables/z', value: '1' }], METHODS);
    expect(current.methodSettings).toEqual({ '*/*': { metricsEnabled: true } });
    expect(current.variables).toEqual({ a: '1' });
  });

  it.each<[string, PatchOperation, RegExp]>([
    ['mixed wildcard', { op: 'replace', path: '/*/GET/metrics/enabled', value: 'true' }, /^Invalid method setting path: \/\*\/GET\/metrics\/enabled/],
    ['unknown verb on a resource', { op: 'replace', path: '/~1/POST/metrics/enabled', value: 'true' }, /There is no POST method on resource \//],
    ['unescaped resource path', { op: 'replace', path: '/pets/{id}/GET/metrics/enabled', value: 'true' }, /^Invalid method setting path/],
    ['negative ttl', { op: 'replace', path: '/*/*/caching/ttlInSeconds', value: '-1' }, /between 0 and 3600/],
    ['burst not an integer', { op: 'replace', path: '/*/*/throttling/burstLimit', value: '1.5' }, /expected an integer/],
    ['remove a setting that is not there', { op: 'remove', path: '/~1/GET/metrics/enabled' }, /^Cannot remove method setting ~1\/GET\/metrics\/enabled because there is no method setting/],
    ['variable value with a space', { op: 'replace', path: '/variables/a', value: 'a b' }, /stage variable value/],
    ['canary add', { op: 'add', path: '/canarySettings/useStageCache', value: 'true' }, /^Invalid add operation with path: \/canarySettings\/useStageCache$/],
    ['unknown canary path', { op: 'replace', path: '/canarySettings/nope', value: '1' }, /^Invalid replace operation with path: \/canarySettings\/nope\. Must be one of/],
    ['promotion without a canary', { op: 'copy', path: '/deploymentId', from: '/canarySettings/deploymentId' }, /^Promotion not available\. Canary does not exist\.$/],
    ['copy from elsewhere', { op: 'copy', path: '/deploymentId', from: '/description' }, /^Invalid copy operation with path: \/deploymentId and from \/description/],
    ['access log destination not an ARN', { op: 'replace', path: '/accessLogSettings/destinationArn', value: 'group' }, /Invalid ARN/],
  ])('refuses %s', (_name, operation, message) => {
    expect(refused(stage({ description: 'd' }), operation)).toMatch(message);
  });
});
