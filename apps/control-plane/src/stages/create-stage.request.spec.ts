import { parseCreateDeploymentRequest } from '../deployments/create-deployment.request';
import { DeploymentsError } from '../deployments/deployments.error';
import { parseCreateStageRequest } from './create-stage.request';
import { StagesError } from './stages.error';

function message(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof StagesError || error instanceof DeploymentsError) return `${error.errorType}: ${error.message}`;
    throw error;
  }
  throw new Error('expected a feature error');
}

describe('stage requests', () => {
  it('parses CreateStage with AWS defaults', () => {
    expect(parseCreateStageRequest({ stageName: 'prod_v-1', deploymentId: 'd1' })).toEqual({
      stageName: 'prod_v-1', deploymentId: 'd1', description: undefined, cacheClusterEnabled: false, cacheClusterSize: undefined,
      variables: {}, documentationVersion: undefined, canarySettings: undefined, tracingEnabled: false, tags: {},
    });
  });

  it('parses canary settings', () => {
    expect(parseCreateStageRequest({ stageName: 'p', deploymentId: 'd1', canarySettings: { percentTraffic: 12.5, stageVariableOverrides: { a: 'b' } } }).canarySettings).toEqual({
      percentTraffic: 12.5, deploymentId: undefined, stageVariableOverrides: { a: 'b' }, useStageCache: false,
    });
  });

  it.each<[string, unknown, RegExp]>([
    ['no stage name', { deploymentId: 'd' }, /'stageName' is required/],
    ['no deployment id', { stageName: 'p' }, /'deploymentId' is required/],
    ['a stage name with a space', { stageName: 'a b', deploymentId: 'd' }, /Stage name only allows a-zA-Z0-9_-/],
    ['a 129-character stage name', { stageName: 'a'.repeat(129), deploymentId: 'd' }, /up to 128 characters/],
    ['a bad variable name', { stageName: 'p', deploymentId: 'd', variables: { 'a-b': 'x' } }, /stage variable name in 'variables': a-b/],
    ['a bad variable value', { stageName: 'p', deploymentId: 'd', variables: { a: 'x y' } }, /stage variable value in 'variables' for a/],
    ['an unknown cache size', { stageName: 'p', deploymentId: 'd', cacheClusterSize: '2' }, /'cacheClusterSize': 2/],
    ['a canary over 100 percent', { stageName: 'p', deploymentId: 'd', canarySettings: { percentTraffic: 101 } }, /'percentTraffic': 101/],
  ])('refuses CreateStage with %s', (_name, body, expected) => {
    expect(message(() => parseCreateStageRequest(body))).toMatch(new RegExp(`^BadRequestException: .*${expected.source}`));
  });

  it('parses CreateDeployment stage fields and refuses canary settings without a stage', () => {
    expect(parseCreateDeploymentRequest({ stageName: 'prod', variables: { a: 'b' }, tracingEnabled: true, description: 'd' })).toMatchObject({
      stageName: 'prod', variables: { a: 'b' }, tracingEnabled: true, description: 'd',
    });
    expect(parseCreateDeploymentRequest(undefined)).toMatchObject({ stageName: undefined, variables: undefined });
    expect(message(() => parseCreateDeploymentRequest({ canarySettings: { percentTraffic: 5 } }))).toMatch(/^BadRequestException: 'stageName' is required with 'canarySettings'/);
    expect(message(() => parseCreateDeploymentRequest({ stageName: 'bad/name' }))).toMatch(/^BadRequestException: Invalid 'stageName'/);
  });
});
