import {
  CreateDeploymentCommand,
  CreateResourceCommand,
  DeleteDeploymentCommand,
  DeleteStageCommand,
  GetDeploymentCommand,
  GetDeploymentsCommand,
  GetStageCommand,
  UpdateDeploymentCommand,
  UpdateStageCommand,
  type APIGatewayClient,
  type PatchOperation,
} from '@aws-sdk/client-api-gateway';
import { DEPLOYMENT_PUBLISH_QUEUE } from '@tollgate/jobs';
import { loadStagePublication } from '@tollgate/persistence';
import { createRestApi, failure, putMethodWithIntegration, QueueInspector, type RunningControlPlane, withControlPlane } from './harness';

describe('UpdateStage, UpdateDeployment and DeleteDeployment (real SDK, Postgres and BullMQ)', () => {
  let cp: RunningControlPlane;
  let client: APIGatewayClient;
  let other: APIGatewayClient;
  let accountId: string;
  let queue: QueueInspector;
  let restApiId: string;
  let first: string;
  let second: string;

  async function publishCount(stageName: string): Promise<number> {
    return (await queue.jobs()).filter((job) => job.name === 'publish-stage' && job.data.stageName === stageName).length;
  }

  const update = (stageName: string, patchOperations: PatchOperation[]) => client.send(new UpdateStageCommand({ restApiId, stageName, patchOperations }));

  withControlPlane({ setup: async (f) => {
    ({ cp, client, other } = f);
    accountId = f.account.accountId;
    queue = new QueueInspector(DEPLOYMENT_PUBLISH_QUEUE, cp.config.redis.url, cp.queuePrefix);

    const api = await createRestApi(client, 'stage-updates');
    restApiId = api.restApiId;
    const pets = await client.send(new CreateResourceCommand({ restApiId, parentId: api.rootId, pathPart: 'pets' }));
    const pet = await client.send(new CreateResourceCommand({ restApiId, parentId: pets.id, pathPart: '{id}' }));
    for (const resourceId of [api.rootId, pet.id!]) await putMethodWithIntegration(client, { restApiId, resourceId, httpMethod: 'GET' });
    first = (await client.send(new CreateDeploymentCommand({ restApiId, stageName: 'prod', variables: { a: '1' } }))).id!;
    second = (await client.send(new CreateDeploymentCommand({ restApiId, description: 'second' }))).id!;
  }, teardown: () => queue.close() });

  it('edits variables, description, cache, tracing and access logs, and enqueues publish-stage', async () => {
    const before = await publishCount('prod');
    const stage = await update('prod', [
      { op: 'add', path: '/variables/b', value: 'two' },
      { op: 'replace', path: '/variables/a', value: 'one' },
      { op: 'replace', path: '/description', value: 'production' },
      { op: 'replace', path: '/cacheClusterEnabled', value: 'true' },
      { op: 'replace', path: '/cacheClusterSize', value: '6.1' },
      { op: 'replace', path: '/tracingEnabled', value: 'true' },
      { op: 'replace', path: '/accessLogSettings/format', value: '$context.requestId $context.status' },
      { op: 'replace', path: '/accessLogSettings/destinationArn', value: 'arn:aws:logs:us-east-1:123456789012:log-group:access' },
    ]);
    expect(stage).toMatchObject({
      deploymentId: first, variables: { a: 'one', b: 'two' }, description: 'production', cacheClusterEnabled: true, cacheClusterSize: '6.1',
      cacheClusterStatus: 'AVAILABLE', tracingEnabled: true,
      accessLogSettings: { format: '$context.requestId $context.status', destinationArn: 'arn:aws:logs:us-east-1:123456789012:log-group:access' },
    });
    expect(await publishCount('prod')).toBe(before + 1);
    const publication = await loadStagePublication(cp.dataSource, { accountId, restApiId, stageName: 'prod' });
    expect(publication?.stageRecord).toMatchObject({ variables: { a: 'one', b: 'two' }, tracingEnabled: true, cacheClusterEnabled: true });

    const removed = await update('prod', [{ op: 'remove', path: '/variables/b' }, { op: 'remove', path: '/accessLogSettings' }, { op: 'remove', path: '/description' }]);
    expect(removed.variables).toEqual({ a: 'one' });
    expect(removed.accessLogSettings).toBeUndefined();
    expect(removed.description).toBeUndefined();
  });

  it('serialises concurrent updates of one stage (none is lost)', async () => {
    await Promise.all(['c0', 'c1', 'c2', 'c3', 'c4'].map((name) => update('prod', [{ op: 'add', path: `/variables/${name}`, value: name }])));
    const stage = await update('prod', [{ op: 'remove', path: '/variables/c0' }]);
    expect(stage.variables).toMatchObject({ c1: 'c1', c2: 'c2', c3: 'c3', c4: 'c4' });
    await update('prod', ['c1', 'c2', 'c3', 'c4'].map((name) => ({ op: 'remove', path: `/variables/${name}` })));
  });

  it('sets method settings for */* and for a ~1-escaped resource path, and removes them', async () => {
    const stage = await update('prod', [
      { op: 'replace', path: '/*/*/throttling/rateLimit', value: '100' },
      { op: 'replace', path: '/*/*/throttling/burstLimit', value: '50' },
      { op: 'replace', path: '/*/*/logging/loglevel', value: 'INFO' },
      { op: 'replace', path: '/~1pets~1{id}/GET/caching/enabled', value: 'true' },
      { op: 'replace', path: '/~1pets~1{id}/GET/caching/ttlInSeconds', value: '3600' },
      { op: 'replace', path: '/~1pets~1{id}/GET/metrics/enabled', value: 'true' },
      { op: 'replace', path: '/~1/GET/logging/dataTrace', value: 'true' },
    ]);
    // AWS reports every field of an entry: AWS's defaults, and the account's throttle, where none was set.
    const unset = {
      metricsEnabled: false, loggingLevel: 'OFF', dataTraceEnabled: false, throttlingBurstLimit: 5000, throttlingRateLimit: 10000,
      cachingEnabled: false, cacheTtlInSeconds: 300, cacheDataEncrypted: false, requireAuthorizationForCacheControl: true,
      unauthorizedCacheControlHeaderStrategy: 'SUCCEED_WITH_RESPONSE_HEADER',
    };
    expect(stage.methodSettings).toEqual({
      '*/*': { ...unset, throttlingRateLimit: 100, throttlingBurstLimit: 50, loggingLevel: 'INFO' },
      'pets/{id}/GET': { ...unset, cachingEnabled: true, cacheTtlInSeconds: 3600, metricsEnabled: true },
      '/GET': { ...unset, dataTraceEnabled: true },
    });
    expect((await client.send(new GetStageCommand({ restApiId, stageName: 'prod' }))).methodSettings).toEqual(stage.methodSettings);
    // The data plane's limits read StageRecord keys: `*/*` and `{resourcePath}/{HTTP_METHOD}`.
    const publication = await loadStagePublication(cp.dataSource, { accountId, restApiId, stageName: 'prod' });
    expect(publication?.stageRecord.methodSettings['*/*']).toEqual({ throttlingRateLimit: 100, throttlingBurstLimit: 50, loggingLevel: 'INFO' });
    expect(publication?.stageRecord.methodSettings['/pets/{id}/GET']).toMatchObject({ cachingEnabled: true });

    const after = await update('prod', [{ op: 'remove', path: '/*/*' }, { op: 'remove', path: '/~1pets~1{id}/GET/caching/enabled' }, { op: 'remove', path: '/~1/GET' }]);
    expect(after.methodSettings).toEqual({ 'pets/{id}/GET': { ...unset, cacheTtlInSeconds: 3600, metricsEnabled: true } });
  });

  it('refuses bad method-setting paths and values with AWS-style messages', async () => {
    const cases: Array<[PatchOperation, RegExp]> = [
      [{ op: 'replace', path: '/*/*/caching/ttlInSeconds', value: '3601' }, /'\/\*\/\*\/caching\/ttlInSeconds'.*between 0 and 3600/],
      [{ op: 'replace', path: '/*/*/logging/loglevel', value: 'DEBUG' }, /valid values are OFF, ERROR, INFO/],
      [{ op: 'replace', path: '/*/*/metrics/enabled', value: 'maybe' }, /expected true or false/],
      [{ op: 'replace', path: '/*/*/caching/bogus', value: '1' }, /^Invalid method setting path: \/\*\/\*\/caching\/bogus\. Must be one of: /],
      [{ op: 'replace', path: '/~1cats/GET/metrics/enabled', value: 'true' }, /There is no GET method on resource \/cats/],
      [{ op: 'replace', path: '/~1pets~1{id}/POST/metrics/enabled', value: 'true' }, /There is no POST method on resource \/pets\/\{id\}/],
      [{ op: 'remove', path: '/*/*' }, /^Cannot remove method setting \*\/\* because there is no method setting for this method $/],
      [{ op: 'replace', path: '/nope', value: 'x' }, /^Invalid method setting path: \/nope\. Must be one of: \[\/deploymentId, \/description, /],
      [{ op: 'replace', path: '/cacheClusterSize', value: '2' }, /'\/cacheClusterSize'.*valid values are 0\.5, 1\.6, 6\.1/],
      [{ op: 'replace', path: '/variables/bad-name', value: 'x' }, /stage variable name/],
      [{ op: 'replace', path: '/accessLogSettings/format', value: '$context.status' }, /\$context\.requestId/],
    ];
    for (const [operation, message] of cases) {
      const error = await failure(update('prod', [operation]));
      expect({ path: operation.path, name: error.name, status: error.status }).toEqual({ path: operation.path, name: 'BadRequestException', status: 400 });
      expect(error.message).toMatch(message);
    }
    expect(await failure(update('prod', [{ op: 'move' as 'add', path: '/description', from: '/x' }]))).toMatchObject({ name: 'BadRequestException' });
    expect(await failure(client.send(new UpdateStageCommand({ restApiId, stageName: 'prod', patchOperations: [{ op: 'bogus' as 'add', path: '/description', value: 'x' }] })))).toEqual({
      name: 'BadRequestException', status: 400, message: 'Invalid patch operation specified. Must be one of: [add, remove, move, test, replace, copy]',
    });
  });

  it('moves the stage to another deployment (which must exist) and publishes', async () => {
    const before = await publishCount('prod');
    expect(await failure(update('prod', [{ op: 'replace', path: '/deploymentId', value: 'nosuchdep0' }]))).toEqual({
      name: 'BadRequestException', message: 'Deployment id does not exist', status: 400,
    });
    const stage = await update('prod', [{ op: 'replace', path: '/deploymentId', value: second }]);
    expect(stage.deploymentId).toBe(second);
    expect(await publishCount('prod')).toBe(before + 1);
    const publication = await loadStagePublication(cp.dataSource, { accountId, restApiId, stageName: 'prod' });
    expect(publication?.stageRecord.deploymentId).toBe(second);
  });

  it('sets up a canary, promotes it with copy, and removes it', async () => {
    expect(await failure(update('prod', [{ op: 'copy', path: '/deploymentId', from: '/canarySettings/deploymentId' }]))).toEqual({
      name: 'BadRequestException', message: 'Promotion not available. Canary does not exist.', status: 400,
    });
    const canary = await update('prod', [
      { op: 'replace', path: '/canarySettings/deploymentId', value: first },
      { op: 'replace', path: '/canarySettings/percentTraffic', value: '12.5' },
      { op: 'replace', path: '/canarySettings/stageVariableOverrides/a', value: 'canary' },
      { op: 'replace', path: '/canarySettings/useStageCache', value: 'true' },
    ]);
    expect(canary.canarySettings).toEqual({ deploymentId: first, percentTraffic: 12.5, stageVariableOverrides: { a: 'canary' }, useStageCache: true });
    expect(await failure(update('prod', [{ op: 'add', path: '/canarySettings/percentTraffic', value: '1' }]))).toMatchObject({
      name: 'BadRequestException', message: 'Invalid add operation with path: /canarySettings/percentTraffic',
    });
    expect(await failure(update('prod', [{ op: 'replace', path: '/canarySettings/percentTraffic', value: '101' }]))).toMatchObject({ name: 'BadRequestException' });
    expect((await failure(update('prod', [{ op: 'copy', path: '/description', from: '/canarySettings/deploymentId' }]))).message).toMatch(/^Invalid copy operation with path: \/description/);
    expect(await failure(update('prod', [{ op: 'replace', path: '/canarySettings/deploymentId', value: 'nosuchdep0' }]))).toMatchObject({
      message: 'Deployment id does not exist',
    });

    // DeleteDeployment is refused while the canary points to it, too.
    expect(await failure(client.send(new DeleteDeploymentCommand({ restApiId, deploymentId: first })))).toEqual({
      name: 'BadRequestException', message: 'Active stages pointing to this deployment must be moved or deleted', status: 400,
    });

    const promoted = await update('prod', [
      { op: 'copy', path: '/deploymentId', from: '/canarySettings/deploymentId' },
      { op: 'copy', path: '/variables', from: '/canarySettings/stageVariableOverrides' },
      { op: 'remove', path: '/canarySettings' },
    ]);
    expect(promoted.deploymentId).toBe(first);
    expect(promoted.variables).toEqual({ a: 'canary' });
    expect(promoted.canarySettings).toBeUndefined();
  });

  it('updates a deployment description', async () => {
    const updated = await client.send(new UpdateDeploymentCommand({ restApiId, deploymentId: second, patchOperations: [{ op: 'replace', path: '/description', value: 'renamed' }] }));
    expect(updated).toMatchObject({ id: second, description: 'renamed' });
    expect((await client.send(new GetDeploymentCommand({ restApiId, deploymentId: second }))).description).toBe('renamed');
    expect(await failure(client.send(new UpdateDeploymentCommand({ restApiId, deploymentId: second, patchOperations: [{ op: 'replace', path: '/stageName', value: 'x' }] })))).toEqual({
      name: 'BadRequestException', status: 400, message: "Invalid patch path '/stageName' specified for op 'replace'. Must be one of: [/description]",
    });
    expect(await failure(client.send(new UpdateDeploymentCommand({ restApiId, deploymentId: 'nosuchdep0', patchOperations: [] })))).toEqual({
      name: 'NotFoundException', status: 404, message: 'Invalid Deployment identifier specified',
    });
  });

  it('refuses DeleteDeployment while a stage uses it, then deletes once the stage has moved', async () => {
    expect(await failure(client.send(new DeleteDeploymentCommand({ restApiId, deploymentId: first })))).toEqual({
      name: 'BadRequestException', message: 'Active stages pointing to this deployment must be moved or deleted', status: 400,
    });
    await update('prod', [{ op: 'replace', path: '/deploymentId', value: second }]);
    await client.send(new DeleteDeploymentCommand({ restApiId, deploymentId: first }));
    const { items } = await client.send(new GetDeploymentsCommand({ restApiId }));
    expect(items!.map((d) => d.id)).toEqual([second]);
    expect(await failure(client.send(new DeleteDeploymentCommand({ restApiId, deploymentId: first })))).toEqual({
      name: 'NotFoundException', message: 'Invalid Deployment identifier specified', status: 404,
    });
    await client.send(new DeleteStageCommand({ restApiId, stageName: 'prod' }));
    await client.send(new DeleteDeploymentCommand({ restApiId, deploymentId: second }));
    expect((await client.send(new GetDeploymentsCommand({ restApiId }))).items).toEqual([]);
  });

  it('answers unknown ids with AWS wording and keeps accounts apart', async () => {
    expect(await failure(update('nosuchstage', [{ op: 'replace', path: '/description', value: 'x' }]))).toEqual({
      name: 'NotFoundException', message: 'Invalid Stage identifier specified', status: 404,
    });
    expect(await failure(client.send(new UpdateStageCommand({ restApiId: 'nosuchapi0', stageName: 'prod', patchOperations: [] })))).toEqual({
      name: 'NotFoundException', message: `Invalid API identifier specified ${accountId}:nosuchapi0`, status: 404,
    });
    const otherStage = await failure(other.send(new UpdateStageCommand({ restApiId, stageName: 'prod', patchOperations: [{ op: 'replace', path: '/description', value: 'x' }] })));
    expect(otherStage.status).toBe(404);
    const otherDelete = await failure(other.send(new DeleteDeploymentCommand({ restApiId, deploymentId: second })));
    expect(otherDelete.status).toBe(404);
  });
});
