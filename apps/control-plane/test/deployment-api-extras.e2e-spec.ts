import {
  CreateAuthorizerCommand,
  CreateDeploymentCommand,
  CreateModelCommand,
  CreateRequestValidatorCommand,
  CreateRestApiCommand,
  DeleteRestApiCommand,
  PutGatewayResponseCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  type APIGatewayClient,
} from '@aws-sdk/client-api-gateway';
import type { Snapshot } from '@tollgate/model';
import { AuthorizerEntity, DeploymentEntity, GatewayResponseEntity, ModelEntity, RequestValidatorEntity } from '@tollgate/persistence';
import { type RunningControlPlane, withControlPlane } from './harness';

const LAMBDA_URI = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:auth/invocations';

describe('CreateDeployment freezes models, validators, authorizers and gateway responses', () => {
  let cp: RunningControlPlane;
  let client: APIGatewayClient;

  withControlPlane({ setup: (f) => {
    ({ cp, client } = f);
  } });

  it('stores them in the deployment snapshot, model references resolved, customised responses only', async () => {
    const api = await client.send(new CreateRestApiCommand({ name: 'frozen' }));
    const restApiId = api.id!;
    const rootId = api.rootResourceId!;
    await client.send(new CreateModelCommand({ restApiId, name: 'Owner', contentType: 'application/json', schema: '{"type":"object","properties":{"name":{"type":"string"}}}' }));
    await client.send(new CreateModelCommand({
      restApiId, name: 'Pet', contentType: 'application/json',
      schema: JSON.stringify({ type: 'object', properties: { owner: { $ref: `https://apigateway.amazonaws.com/restapis/${restApiId}/models/Owner` } } }),
    }));
    const validator = await client.send(new CreateRequestValidatorCommand({ restApiId, name: 'all', validateRequestBody: true, validateRequestParameters: true }));
    const authorizer = await client.send(new CreateAuthorizerCommand({ restApiId, name: 'tok', type: 'TOKEN', authorizerUri: LAMBDA_URI, identitySource: 'method.request.header.Authorization', authorizerResultTtlInSeconds: 60 }));
    await client.send(new PutGatewayResponseCommand({ restApiId, responseType: 'UNAUTHORIZED', statusCode: '401', responseParameters: { 'gatewayresponse.header.WWW-Authenticate': "'Bearer'" } }));
    await client.send(new PutMethodCommand({
      restApiId, resourceId: rootId, httpMethod: 'POST', authorizationType: 'CUSTOM', authorizerId: authorizer.id,
      requestValidatorId: validator.id, requestModels: { 'application/json': 'Pet' },
    }));
    await client.send(new PutIntegrationCommand({ restApiId, resourceId: rootId, httpMethod: 'POST', type: 'MOCK' }));

    const deployment = await client.send(new CreateDeploymentCommand({ restApiId }));
    const row = await cp.dataSource.getRepository(DeploymentEntity).findOneByOrFail({ id: deployment.id });
    const snapshot = row.snapshot as unknown as Snapshot;

    expect(Object.keys(snapshot.models).sort()).toEqual(['Empty', 'Error', 'Owner', 'Pet']);
    expect(snapshot.models.Pet.schema).toEqual({
      type: 'object',
      properties: { owner: { $ref: '#/definitions/Owner' } },
      definitions: { Owner: { type: 'object', properties: { name: { type: 'string' } } } },
    });
    expect(snapshot.requestValidators).toEqual({ [validator.id!]: { id: validator.id, name: 'all', validateRequestBody: true, validateRequestParameters: true } });
    expect(snapshot.authorizers[authorizer.id!]).toEqual({
      id: authorizer.id, name: 'tok', type: 'TOKEN', authorizerUri: LAMBDA_URI, identitySource: 'method.request.header.Authorization', authorizerResultTtlInSeconds: 60,
    });
    expect(snapshot.gatewayResponses).toEqual({
      UNAUTHORIZED: { responseType: 'UNAUTHORIZED', statusCode: '401', responseParameters: { 'gatewayresponse.header.WWW-Authenticate': "'Bearer'" }, responseTemplates: {} },
    });
    const method = snapshot.resources.find((r) => r.id === rootId)?.methods.POST;
    expect(method).toMatchObject({ authorizerId: authorizer.id, requestValidatorId: validator.id, requestModels: { 'application/json': 'Pet' } });

    // Everything goes with the REST API (foreign keys cascade).
    await client.send(new DeleteRestApiCommand({ restApiId }));
    for (const entity of [ModelEntity, RequestValidatorEntity, AuthorizerEntity, GatewayResponseEntity]) {
      expect(await cp.dataSource.getRepository(entity).countBy({ restApiId })).toBe(0);
    }
  });
});
