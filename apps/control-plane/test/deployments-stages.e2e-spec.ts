import {
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  CreateStageCommand,
  DeleteStageCommand,
  GetDeploymentCommand,
  GetDeploymentsCommand,
  GetStageCommand,
  GetStagesCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  type APIGatewayClient,
} from '@aws-sdk/client-api-gateway';
import { DEPLOYMENT_PUBLISH_QUEUE } from '@tollgate/jobs';
import { DeploymentEntity, listStages, loadStagePublication } from '@tollgate/persistence';
import { contentHash } from '@tollgate/snapshot-compiler';
import { failure, QueueInspector, type RunningControlPlane, withControlPlane } from './harness';

describe('Deployments and stages (real SDK, real Postgres and BullMQ)', () => {
  let cp: RunningControlPlane;
  let client: APIGatewayClient;
  let other: APIGatewayClient;
  let accountId: string;
  let queue: QueueInspector;
  let restApiId: string;
  let rootId: string;

  /** Jobs the control plane put on the deployment-publish queue (nobody consumes this test's prefix). */
  const publishJobs = () => queue.jobsWithIds();

  withControlPlane({ setup: async (f) => {
    ({ cp, client, other } = f);
    accountId = f.account.accountId;
    queue = new QueueInspector(DEPLOYMENT_PUBLISH_QUEUE, cp.config.redis.url, cp.queuePrefix);

    const api = await client.send(new CreateRestApiCommand({ name: 'deployments' }));
    restApiId = api.id!;
    rootId = api.rootResourceId!;
    const proxy = await client.send(new CreateResourceCommand({ restApiId, parentId: rootId, pathPart: '{proxy+}' }));
    await client.send(new PutMethodCommand({ restApiId, resourceId: proxy.id, httpMethod: 'ANY', authorizationType: 'NONE', requestParameters: { 'method.request.path.proxy': true } }));
    await client.send(new PutIntegrationCommand({
      restApiId, resourceId: proxy.id, httpMethod: 'ANY', type: 'HTTP_PROXY', integrationHttpMethod: 'ANY',
      uri: 'http://backend.example/{proxy}', requestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy' },
    }));
    await client.send(new PutMethodCommand({ restApiId, resourceId: rootId, httpMethod: 'GET', authorizationType: 'NONE' }));
    await client.send(new PutIntegrationCommand({ restApiId, resourceId: rootId, httpMethod: 'GET', type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } }));
    await client.send(new PutMethodResponseCommand({ restApiId, resourceId: rootId, httpMethod: 'GET', statusCode: '200' }));
    await client.send(new PutIntegrationResponseCommand({ restApiId, resourceId: rootId, httpMethod: 'GET', statusCode: '200', responseTemplates: { 'application/json': '{"ok":true}' } }));
  }, teardown: () => queue.close() });

  it('deploys to a new stage, stores the compiled snapshot and enqueues publish-stage', async () => {
    const before = Math.floor(Date.now() / 1000);
    const deployment = await client.send(new CreateDeploymentCommand({ restApiId, stageName: 'prod', description: 'first', stageDescription: 'production', variables: { backend: 'b1' } }));
    expect(deployment.id).toMatch(/^[a-z0-9]{10}$/);
    expect(deployment.description).toBe('first');
    expect(deployment.createdDate!.getTime() / 1000).toBeGreaterThanOrEqual(before - 1);

    const stage = await client.send(new GetStageCommand({ restApiId, stageName: 'prod' }));
    expect(stage).toMatchObject({
      stageName: 'prod', deploymentId: deployment.id, description: 'production', variables: { backend: 'b1' },
      cacheClusterEnabled: false, cacheClusterStatus: 'NOT_AVAILABLE', tracingEnabled: false, methodSettings: {},
    });
    expect(stage.createdDate).toBeInstanceOf(Date);

    const row = await cp.dataSource.getRepository(DeploymentEntity).findOneByOrFail({ id: deployment.id });
    const { hash, ...content } = row.snapshot;
    expect(row.snapshotHash).toBe(hash);
    expect(contentHash(content)).toBe(hash);
    expect(row.snapshot).toMatchObject({ deploymentId: deployment.id, restApiId, accountId, region: 'us-east-1' });
    expect(row.snapshot.resources.map((r) => r.path).sort()).toEqual(['/', '/{proxy+}']);
    expect(row.snapshot.resources.find((r) => r.path === '/')?.methods.GET?.integration).toMatchObject({
      type: 'MOCK', integrationResponses: { '200': { statusCode: '200', responseTemplates: { 'application/json': '{"ok":true}' } } },
    });

    expect(await publishJobs()).toContainEqual({ id: deployment.id, name: 'publish-stage', data: { accountId, restApiId, stageName: 'prod' } });

    const publication = await loadStagePublication(cp.dataSource, { accountId, restApiId, stageName: 'prod' });
    expect(publication?.snapshot.hash).toBe(hash);
    expect(publication?.stageRecord).toMatchObject({ accountId, restApiId, stageName: 'prod', deploymentId: deployment.id, variables: { backend: 'b1' }, methodSettings: {} });
    expect(await listStages(cp.dataSource)).toContainEqual({ accountId, restApiId, stageName: 'prod' });
  });

  it('moves an existing stage to a new deployment', async () => {
    const second = await client.send(new CreateDeploymentCommand({ restApiId, stageName: 'prod', variables: { backend: 'b2' } }));
    const stage = await client.send(new GetStageCommand({ restApiId, stageName: 'prod' }));
    expect(stage).toMatchObject({ deploymentId: second.id, variables: { backend: 'b2' }, description: 'production' });
    expect(await publishJobs()).toContainEqual({ id: second.id, name: 'publish-stage', data: { accountId, restApiId, stageName: 'prod' } });
  });

  it('lists deployments oldest first with position/limit and reads one back', async () => {
    const page1 = await client.send(new GetDeploymentsCommand({ restApiId, limit: 1 }));
    expect(page1.items).toHaveLength(1);
    expect(page1.position).toEqual(expect.any(String));
    const page2 = await client.send(new GetDeploymentsCommand({ restApiId, limit: 1, position: page1.position }));
    expect(page2.items).toHaveLength(1);
    expect(page2.items![0].id).not.toBe(page1.items![0].id);
    const all = await client.send(new GetDeploymentsCommand({ restApiId }));
    expect(all.items!.map((d) => d.id)).toEqual([page1.items![0].id, page2.items![0].id]);
    const first = await client.send(new GetDeploymentCommand({ restApiId, deploymentId: page1.items![0].id }));
    expect(first).toMatchObject({ id: page1.items![0].id, description: 'first' });
    expect(first.apiSummary).toBeUndefined();
  });

  it('summarises what a deployment serves with embed=apisummary', async () => {
    const { items } = await client.send(new GetDeploymentsCommand({ restApiId }));
    const deployment = await client.send(new GetDeploymentCommand({ restApiId, deploymentId: items![0].id, embed: ['apisummary'] }));
    expect(deployment.apiSummary).toEqual({
      '/': { GET: { authorizationType: 'NONE', apiKeyRequired: false } },
      '/{proxy+}': { ANY: { authorizationType: 'NONE', apiKeyRequired: false } },
    });
  });

  it('creates a stage from an existing deployment, refuses duplicates and enqueues publish-stage', async () => {
    const { items } = await client.send(new GetDeploymentsCommand({ restApiId }));
    const deploymentId = items![0].id!;
    const stage = await client.send(new CreateStageCommand({ restApiId, stageName: 'beta', deploymentId, variables: { v: '1' }, tags: { team: 'a' } }));
    expect(stage).toMatchObject({ stageName: 'beta', deploymentId, variables: { v: '1' }, tags: { team: 'a' } });
    expect(await publishJobs()).toContainEqual(expect.objectContaining({ name: 'publish-stage', data: { accountId, restApiId, stageName: 'beta' } }));

    expect(await failure(client.send(new CreateStageCommand({ restApiId, stageName: 'beta', deploymentId })))).toEqual({
      name: 'ConflictException', message: 'Stage already exists', status: 409,
    });
    expect(await failure(client.send(new CreateStageCommand({ restApiId, stageName: 'gamma', deploymentId: 'nosuchdep0' })))).toEqual({
      name: 'NotFoundException', message: 'Invalid Deployment identifier specified', status: 404,
    });
    const badName = await failure(client.send(new CreateStageCommand({ restApiId, stageName: 'bad name!', deploymentId })));
    expect(badName.name).toBe('BadRequestException');
    expect(badName.message).toMatch(/stageName/);

    const stages = await client.send(new GetStagesCommand({ restApiId }));
    expect(stages.item!.map((s) => s.stageName)).toEqual(['beta', 'prod']);
  });

  it('deletes a stage and enqueues unpublish-stage', async () => {
    await client.send(new DeleteStageCommand({ restApiId, stageName: 'beta' }));
    expect(await failure(client.send(new GetStageCommand({ restApiId, stageName: 'beta' })))).toEqual({
      name: 'NotFoundException', message: 'Invalid Stage identifier specified', status: 404,
    });
    expect(await publishJobs()).toContainEqual(expect.objectContaining({ name: 'unpublish-stage', data: { accountId, restApiId, stageName: 'beta' } }));
    expect((await failure(client.send(new DeleteStageCommand({ restApiId, stageName: 'beta' })))).status).toBe(404);
  });

  it('refuses to deploy a method without an integration, and an API without methods', async () => {
    const bare = await client.send(new CreateResourceCommand({ restApiId, parentId: rootId, pathPart: 'bare' }));
    await client.send(new PutMethodCommand({ restApiId, resourceId: bare.id, httpMethod: 'POST', authorizationType: 'NONE' }));
    expect(await failure(client.send(new CreateDeploymentCommand({ restApiId, stageName: 'prod' })))).toEqual({
      name: 'BadRequestException', message: 'No integration defined for method', status: 400,
    });
    const empty = await client.send(new CreateRestApiCommand({ name: 'empty' }));
    expect(await failure(client.send(new CreateDeploymentCommand({ restApiId: empty.id })))).toEqual({
      name: 'BadRequestException', message: "The REST API doesn't contain any methods", status: 400,
    });
    // Nothing was stored or enqueued for the refused deployments.
    expect((await client.send(new GetDeploymentsCommand({ restApiId: empty.id }))).items).toEqual([]);
  });

  it('answers unknown ids with AWS wording', async () => {
    expect(await failure(client.send(new GetDeploymentCommand({ restApiId, deploymentId: 'nosuchdep0' })))).toEqual({
      name: 'NotFoundException', message: 'Invalid Deployment identifier specified', status: 404,
    });
    expect(await failure(client.send(new GetStagesCommand({ restApiId: 'nosuchapi0' })))).toEqual({
      name: 'NotFoundException', message: `Invalid API identifier specified ${accountId}:nosuchapi0`, status: 404,
    });
  });

  it('keeps accounts apart', async () => {
    const { items } = await client.send(new GetDeploymentsCommand({ restApiId }));
    const calls = [
      other.send(new GetDeploymentsCommand({ restApiId })),
      other.send(new GetDeploymentCommand({ restApiId, deploymentId: items![0].id })),
      other.send(new GetStageCommand({ restApiId, stageName: 'prod' })),
      other.send(new GetStagesCommand({ restApiId })),
      other.send(new CreateDeploymentCommand({ restApiId, stageName: 'prod' })),
      other.send(new CreateStageCommand({ restApiId, stageName: 'x', deploymentId: items![0].id })),
      other.send(new DeleteStageCommand({ restApiId, stageName: 'prod' })),
    ];
    for (const call of calls) expect((await failure(call)).name).toBe('NotFoundException');
    expect((await client.send(new GetStageCommand({ restApiId, stageName: 'prod' }))).stageName).toBe('prod');
  });
});
