import { compileSnapshot } from '@tollgate/snapshot-compiler';
import type { DataSource } from 'typeorm';
import { createAccount } from '../accounts/create-account';
import { createDataSource } from '../data-source';
import { DeploymentEntity } from '../deployments/deployment.entity';
import { DeploymentRepository, StageRequiredError } from '../deployments/deployment.repository';
import { RestApiGraphRepository } from '../deployments/rest-api-graph.repository';
import { newId } from '../ids';
import { IntegrationRepository } from '../integrations/integration.repository';
import { MethodEntity } from '../methods/method.entity';
import { MethodRepository } from '../methods/method.repository';
import { RestApiRepository } from '../rest-apis/rest-api.repository';
import type { TenantScope } from '../tenant-scope';
import { listStages, loadStagePublication } from './stage-publication';
import { StageEntity } from './stage.entity';

const databaseUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

describe('deployments, stages and the worker-facing publication (real Postgres)', () => {
  let dataSource: DataSource;
  let scope: TenantScope;
  let restApiId: string;
  let rootResourceId: string;
  let deployments: DeploymentRepository;

  /** Compiles and stores a deployment of the API as it is now, as CreateDeployment does. */
  async function deploy(stage?: Parameters<DeploymentRepository['create']>[2]): Promise<string> {
    const graph = await new RestApiGraphRepository(dataSource).load(scope, restApiId);
    const id = newId();
    const createdDate = new Date();
    const snapshot = compileSnapshot(graph!, id, Math.floor(createdDate.getTime() / 1000));
    await deployments.create(scope, { id, restApiId, description: null, snapshot, snapshotHash: snapshot.hash, createdDate }, stage);
    return id;
  }

  beforeAll(async () => {
    dataSource = await createDataSource(databaseUrl, { poolSize: 2 }).initialize();
    const account = await createAccount(dataSource, { name: 'stage-publication' });
    scope = { accountId: account.accountId, region: 'eu-west-1' };
    const api = await new RestApiRepository(dataSource).createWithRoot(scope, {
      name: 'pub', description: null, version: null, binaryMediaTypes: ['image/png'], apiKeySource: 'HEADER', minimumCompressionSize: null,
      endpointConfiguration: { types: ['REGIONAL'] }, policy: null, disableExecuteApiEndpoint: false, tags: {},
    });
    restApiId = api.id;
    rootResourceId = api.rootResourceId;
    deployments = new DeploymentRepository(dataSource);
    const key = { restApiId, resourceId: rootResourceId, httpMethod: 'GET' };
    await new MethodRepository(dataSource).insert(scope, key, {
      authorizationType: 'NONE', authorizerId: null, authorizationScopes: null, apiKeyRequired: false, operationName: null,
      requestParameters: {}, requestModels: {}, requestValidatorId: null,
    });
    await new IntegrationRepository(dataSource).upsert(scope, key, {
      type: 'MOCK', integrationHttpMethod: null, uri: null, connectionType: null, connectionId: null, credentials: null, requestParameters: {},
      requestTemplates: { 'application/json': '{"statusCode": 200}' }, passthroughBehavior: 'WHEN_NO_MATCH', contentHandling: null,
      timeoutInMillis: 29000, cacheNamespace: rootResourceId, cacheKeyParameters: [], tlsConfig: null,
    });
  });
  afterAll(async () => {
    await dataSource.destroy();
  });

  it('loads the snapshot and builds the stage record for the worker', async () => {
    const deploymentId = await deploy({ stageName: 'prod', variables: { up: 'x' }, description: 'p' });
    const publication = await loadStagePublication(dataSource, { accountId: scope.accountId, restApiId, stageName: 'prod' });
    expect(publication?.snapshot).toMatchObject({ deploymentId, restApiId, accountId: scope.accountId, region: 'eu-west-1', binaryMediaTypes: ['image/png'] });
    expect(publication?.canarySnapshot).toBeUndefined();
    expect(publication?.stageRecord).toEqual({
      schemaVersion: 1, accountId: scope.accountId, region: 'eu-west-1', restApiId, stageName: 'prod', deploymentId,
      variables: { up: 'x' }, methodSettings: {}, cacheClusterEnabled: false, tracingEnabled: false, updatedAt: expect.any(Number),
    });
    expect(await listStages(dataSource)).toContainEqual({ accountId: scope.accountId, restApiId, stageName: 'prod' });
  });

  it('is null for another account or an unknown stage', async () => {
    expect(await loadStagePublication(dataSource, { accountId: '999999999999', restApiId, stageName: 'prod' })).toBeNull();
    expect(await loadStagePublication(dataSource, { accountId: scope.accountId, restApiId, stageName: 'nope' })).toBeNull();
  });

  it('deploys a canary beside the stage deployment and hands both snapshots to the worker', async () => {
    const before = await dataSource.getRepository(StageEntity).findOneByOrFail({ restApiId, stageName: 'prod' });
    const canaryId = await deploy({ stageName: 'prod', canary: { percentTraffic: 10, stageVariableOverrides: { up: 'y' }, useStageCache: false } });
    const publication = await loadStagePublication(dataSource, { accountId: scope.accountId, restApiId, stageName: 'prod' });
    expect(publication?.stageRecord.deploymentId).toBe(before.deploymentId);
    expect(publication?.stageRecord.canarySettings).toEqual({ percentTraffic: 10, deploymentId: canaryId, stageVariableOverrides: { up: 'y' }, useStageCache: false });
    expect(publication?.canarySnapshot?.deploymentId).toBe(canaryId);
  });

  it('refuses a canary for a stage that does not exist and stores nothing', async () => {
    const count = await dataSource.getRepository(DeploymentEntity).countBy({ restApiId });
    await expect(deploy({ stageName: 'ghost', canary: { percentTraffic: 1, stageVariableOverrides: {}, useStageCache: false } })).rejects.toBeInstanceOf(StageRequiredError);
    expect(await dataSource.getRepository(DeploymentEntity).countBy({ restApiId })).toBe(count);
  });

  it('removes methods, deployments and stages with their REST API', async () => {
    expect(await new RestApiRepository(dataSource).delete(scope, restApiId)).toBe(true);
    expect(await dataSource.getRepository(MethodEntity).countBy({ restApiId })).toBe(0);
    expect(await dataSource.getRepository(DeploymentEntity).countBy({ restApiId })).toBe(0);
    expect(await dataSource.getRepository(StageEntity).countBy({ restApiId })).toBe(0);
    expect(await listStages(dataSource)).not.toContainEqual(expect.objectContaining({ restApiId }));
  });
});
