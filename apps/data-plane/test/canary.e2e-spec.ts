import { InMemorySnapshotStore } from '@tollgate/snapshot-store';
import { buildIntegration, buildIntegrationResponse, buildMethod, buildResource, buildSnapshot, buildStageRecord } from '@tollgate/testing';
import { compileSnapshot, type CompiledSnapshot } from '@tollgate/execute-api';
import { startDataPlane, type RunningDataPlane } from '../src/server';
import { call } from './invoke-client';

const API = 'canaryapi1';
const HOST = `${API}.execute-api.us-east-1.localhost`;

function deployment(which: string) {
  const template = `{"which":"${which}","canary":"$context.isCanaryRequest","deployment":"$context.deploymentId","color":"$stageVariables.color","size":"$stageVariables.size"}`;
  return buildSnapshot({
    restApiId: API,
    resources: [
      buildResource('/'),
      buildResource('/v', {
        GET: buildMethod({ integration: buildIntegration({ integrationResponses: { '200': buildIntegrationResponse({ responseTemplates: { 'application/json': template } }) } }) }),
      }),
    ],
  });
}

describe('canary serving (in-process data plane)', () => {
  let plane: RunningDataPlane;
  const main = deployment('main');
  const canary = deployment('canary');

  beforeAll(async () => {
    const store = new InMemorySnapshotStore<CompiledSnapshot>(compileSnapshot);
    const settings = (percentTraffic: number) => ({ deploymentId: canary.deploymentId, percentTraffic, stageVariableOverrides: { color: 'red' }, useStageCache: false });
    store.put(buildStageRecord({ stageName: 'all', variables: { color: 'blue', size: 'm' }, canarySettings: settings(100) }, main), main, canary);
    store.put(buildStageRecord({ stageName: 'half', variables: { color: 'blue', size: 'm' }, canarySettings: settings(50) }, main), main, canary);
    store.put(buildStageRecord({ stageName: 'none', variables: { color: 'blue', size: 'm' } }, main), main);
    plane = await startDataPlane({ store, httpPort: 0 });
  });

  afterAll(async () => {
    await plane.close();
  });

  it('serves the canary deployment with stageVariableOverrides merged and $context.isCanaryRequest true', async () => {
    const reply = await call(plane.httpUrl, '/all/v', { headers: { Host: HOST } });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ which: 'canary', canary: 'true', deployment: canary.deploymentId, color: 'red', size: 'm' });
  });

  it('serves the main deployment on a stage without canary, with isCanaryRequest false', async () => {
    const reply = await call(plane.httpUrl, '/none/v', { headers: { Host: HOST } });
    expect(JSON.parse(reply.body)).toEqual({ which: 'main', canary: 'false', deployment: main.deploymentId, color: 'blue', size: 'm' });
  });

  it('splits traffic between the two deployments by percentTraffic', async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 60 && seen.size < 2; i++) {
      const reply = await call(plane.httpUrl, '/half/v', { headers: { Host: HOST } });
      const body = JSON.parse(reply.body) as { which: string; color: string };
      // Each deployment keeps its own variables: the overrides only reach canary requests.
      expect(body.color).toBe(body.which === 'canary' ? 'red' : 'blue');
      seen.add(body.which);
    }
    // At 50 %, 60 requests all landing on one side has probability 2^-59.
    expect([...seen].sort()).toEqual(['canary', 'main']);
  });
});
