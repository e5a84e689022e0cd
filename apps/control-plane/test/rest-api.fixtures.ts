import {
  type APIGatewayClient, CreateDeploymentCommand, CreateRestApiCommand, PutIntegrationCommand, type PutIntegrationCommandInput,
  PutMethodCommand, type PutMethodCommandInput,
} from '@aws-sdk/client-api-gateway';

/** A new REST API's id and root resource id. */
export async function createRestApi(client: APIGatewayClient, name: string): Promise<{ restApiId: string; rootId: string }> {
  const api = await client.send(new CreateRestApiCommand({ name }));
  return { restApiId: api.id!, rootId: api.rootResourceId! };
}

/** The MOCK integration most suites put behind a method: always answers 200. */
export const MOCK_200: Omit<PutIntegrationCommandInput, 'restApiId' | 'resourceId' | 'httpMethod'> = {
  type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' },
};

/** Puts `httpMethod` (authorization NONE unless `method` says otherwise) and its integration (MOCK 200 by default) on a resource. */
export async function putMethodWithIntegration(
  client: APIGatewayClient,
  target: { restApiId: string; resourceId: string; httpMethod: string },
  method: Partial<Omit<PutMethodCommandInput, 'restApiId' | 'resourceId' | 'httpMethod'>> = {},
  integration: Omit<PutIntegrationCommandInput, 'restApiId' | 'resourceId' | 'httpMethod'> = MOCK_200,
): Promise<void> {
  await client.send(new PutMethodCommand({ ...target, authorizationType: 'NONE', ...method }));
  await client.send(new PutIntegrationCommand({ ...target, ...integration }));
}

/** A REST API named `name` with `GET /` (MOCK 200) deployed to `stageName`; returns the API id. */
export async function createDeployedApi(
  client: APIGatewayClient, name: string, stageName: string, method: Partial<Omit<PutMethodCommandInput, 'restApiId' | 'resourceId' | 'httpMethod'>> = {},
): Promise<string> {
  const { restApiId, rootId } = await createRestApi(client, name);
  await putMethodWithIntegration(client, { restApiId, resourceId: rootId, httpMethod: 'GET' }, method);
  await client.send(new CreateDeploymentCommand({ restApiId, stageName }));
  return restApiId;
}
