import { InMemorySnapshotStore } from '@tollgate/snapshot-store';
import { buildMethod, buildResource, buildSnapshot, buildStageRecord } from '@tollgate/testing';
import { fakeRequest, fakeServices, newContext, thrownType } from '../../context.fixture';
import { compileSnapshot, type CompiledSnapshot } from '../../compile/compiled-snapshot';
import type { RequestContext } from '../context';
import { routeStage } from './route.stage';

describe('route stage', () => {
  const snapshot = buildSnapshot({
    restApiId: 'abc123defg',
    resources: [buildResource('/'), buildResource('/pets/{id}', { GET: buildMethod({ operationName: 'getPet' }) })],
  });
  const store = new InMemorySnapshotStore<CompiledSnapshot>(compileSnapshot);
  store.put(buildStageRecord({ stageName: 'dev', variables: { color: 'blue' } }, snapshot), snapshot);

  function parsed(method: string, rawPath: string, stageName = 'dev', restApiId = 'abc123defg'): RequestContext {
    const ctx = newContext(fakeRequest({ method }), fakeServices({ store }));
    Object.assign(ctx, { restApiId, stageName, httpMethod: method, rawPath });
    return ctx;
  }

  it('binds stage, resource, method, params, stage variables and the compiled plan synchronously', () => {
    const ctx = parsed('GET', '/pets/42');
    const result = routeStage(ctx);

    expect(result).toBeUndefined(); // a cache hit never returns a promise
    expect(ctx.stage?.snapshot).toBe(snapshot);
    expect(ctx.method?.operationName).toBe('getPet');
    expect(ctx.resource?.path).toBe('/pets/{id}');
    expect(ctx.pathParameters).toEqual({ id: '42' });
    expect(ctx.stageVariables).toEqual({ color: 'blue' });
    expect(ctx.compiledMethod?.kind).toBe('MOCK');
  });

  it.each([
    ['unknown stage', 'GET', '/pets/1', 'prod', 'abc123defg'],
    ['unknown API', 'GET', '/pets/1', 'dev', 'zzzzzzzzzz'],
    ['unknown path', 'GET', '/cats', 'dev', 'abc123defg'],
    ['known path, wrong method', 'DELETE', '/pets/1', 'dev', 'abc123defg'],
  ])('%s is MISSING_AUTHENTICATION_TOKEN', async (_what, method, path, stageName, apiId) => {
    expect(await thrownType(() => routeStage(parsed(method, path, stageName, apiId)))).toBe('MISSING_AUTHENTICATION_TOKEN');
  });
});

describe('route stage: canary', () => {
  const main = buildSnapshot({ restApiId: 'canary0001', resources: [buildResource('/'), buildResource('/v', { GET: buildMethod({ operationName: 'main' }) })] });
  const canary = buildSnapshot({ restApiId: 'canary0001', resources: [buildResource('/'), buildResource('/v', { GET: buildMethod({ operationName: 'canary' }) })] });

  function routed(percentTraffic: number): RequestContext {
    const store = new InMemorySnapshotStore<CompiledSnapshot>(compileSnapshot);
    const record = buildStageRecord({
      stageName: 'dev', variables: { color: 'blue', size: 'm' },
      canarySettings: { deploymentId: canary.deploymentId, percentTraffic, stageVariableOverrides: { color: 'red' }, useStageCache: false },
    }, main);
    store.put(record, main, percentTraffic > 0 ? canary : undefined);
    const ctx = newContext(fakeRequest({ method: 'GET' }), fakeServices({ store }));
    Object.assign(ctx, { restApiId: 'canary0001', stageName: 'dev', httpMethod: 'GET', rawPath: '/v' });
    void routeStage(ctx);
    return ctx;
  }

  it('serves the canary deployment with its merged variables at 100 %', () => {
    const ctx = routed(100);
    expect(ctx.isCanaryRequest).toBe(true);
    expect(ctx.method?.operationName).toBe('canary');
    expect(ctx.stage?.snapshot.deploymentId).toBe(canary.deploymentId);
    expect(ctx.stageVariables).toEqual({ color: 'red', size: 'm' });
  });

  it('serves the main deployment at 0 %', () => {
    const ctx = routed(0);
    expect(ctx.isCanaryRequest).toBe(false);
    expect(ctx.method?.operationName).toBe('main');
    expect(ctx.stageVariables).toEqual({ color: 'blue', size: 'm' });
  });

  it('splits traffic by percentTraffic', () => {
    const random = jest.spyOn(Math, 'random');
    try {
      random.mockReturnValue(0.249);
      expect(routed(25).isCanaryRequest).toBe(true);
      random.mockReturnValue(0.25);
      expect(routed(25).isCanaryRequest).toBe(false);
    } finally {
      random.mockRestore();
    }
  });
});
