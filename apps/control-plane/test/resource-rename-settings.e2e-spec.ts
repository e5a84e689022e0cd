import {
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  CreateUsagePlanCommand,
  GetStageCommand,
  GetUsagePlanCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  UpdateResourceCommand,
  UpdateStageCommand,
  type APIGatewayClient,
} from '@aws-sdk/client-api-gateway';
import { CONFIG_PUBLISH_QUEUE, DEPLOYMENT_PUBLISH_QUEUE } from '@tollgate/jobs';
import { withControlPlane } from './harness';

/**
 * Method settings (stage) and per-method throttles (usage plan) are keyed by resource path, as on AWS, and name
 * the methods of the deployment the stage serves. Renaming or moving a resource changes the API, not that
 * deployment, so the keys stay as they are (AWS does not rewrite them either); a new deployment serves the new
 * path, and its settings are set under the new key.
 */
describe('UpdateResource and the path-keyed settings of stages and usage plans (real SDK)', () => {
  let client: APIGatewayClient;

  withControlPlane({ drainQueues: [DEPLOYMENT_PUBLISH_QUEUE, CONFIG_PUBLISH_QUEUE], setup: (f) => {
    client = f.client;
  } });

  it('a rename keeps the stage method-setting and usage-plan throttle keys of the deployed path', async () => {
    const api = await client.send(new CreateRestApiCommand({ name: 'rename-settings' }));
    const restApiId = api.id!;
    const pets = await client.send(new CreateResourceCommand({ restApiId, parentId: api.rootResourceId, pathPart: 'pets' }));
    await client.send(new PutMethodCommand({ restApiId, resourceId: pets.id, httpMethod: 'GET', authorizationType: 'NONE' }));
    await client.send(new PutIntegrationCommand({ restApiId, resourceId: pets.id, httpMethod: 'GET', type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } }));
    await client.send(new CreateDeploymentCommand({ restApiId, stageName: 'prod' }));
    await client.send(new UpdateStageCommand({ restApiId, stageName: 'prod', patchOperations: [{ op: 'replace', path: '/~1pets/GET/throttling/rateLimit', value: '7' }] }));
    const plan = await client.send(new CreateUsagePlanCommand({ name: 'plan', apiStages: [{ apiId: restApiId, stage: 'prod', throttle: { '/pets/GET': { rateLimit: 3, burstLimit: 4 } } }] }));

    const renamed = await client.send(new UpdateResourceCommand({ restApiId, resourceId: pets.id, patchOperations: [{ op: 'replace', path: '/pathPart', value: 'animals' }] }));
    expect(renamed.path).toBe('/animals');

    const stage = await client.send(new GetStageCommand({ restApiId, stageName: 'prod' }));
    expect(Object.keys(stage.methodSettings ?? {})).toEqual(['pets/GET']);
    expect(stage.methodSettings?.['pets/GET']?.throttlingRateLimit).toBe(7);
    expect((await client.send(new GetUsagePlanCommand({ usagePlanId: plan.id }))).apiStages).toEqual([
      { apiId: restApiId, stage: 'prod', throttle: { '/pets/GET': { rateLimit: 3, burstLimit: 4 } } },
    ]);

    // After a redeploy the stage serves /animals; its method setting is set under the new key.
    await client.send(new CreateDeploymentCommand({ restApiId, stageName: 'prod' }));
    const updated = await client.send(new UpdateStageCommand({ restApiId, stageName: 'prod', patchOperations: [
      { op: 'remove', path: '/~1pets/GET' },
      { op: 'replace', path: '/~1animals/GET/throttling/rateLimit', value: '7' },
    ] }));
    expect(Object.keys(updated.methodSettings ?? {})).toEqual(['animals/GET']);
  });
});
