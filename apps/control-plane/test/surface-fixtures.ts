import {
  type APIGatewayClient,
  CreateDeploymentCommand,
  CreateRestApiCommand,
  PutIntegrationCommand,
  PutMethodCommand,
} from '@aws-sdk/client-api-gateway';
import type { JobProducer } from '@tollgate/jobs';

/** The AWS error a call failed with (name = the x-amzn-ErrorType, e.g. NotFoundException). */
export async function awsFailure(send: Promise<unknown>): Promise<{ name: string; message: string; status?: number }> {
  try {
    await send;
  } catch (error) {
    const e = error as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
    return { name: e.name, message: e.message, status: e.$metadata?.httpStatusCode };
  }
  throw new Error('expected the call to fail');
}

/** A producer that keeps nothing: these suites do not test publishing, and leave no BullMQ keys behind. */
export function discardingJobProducer(): JobProducer {
  return { enqueue: () => Promise.resolve(), close: () => Promise.resolve() };
}

/** A REST API with `GET /` (MOCK) deployed to `stageName`. */
export async function createDeployedStage(client: APIGatewayClient, stageName: string): Promise<{ restApiId: string }> {
  const api = await client.send(new CreateRestApiCommand({ name: `api-${stageName}` }));
  const restApiId = api.id!;
  await client.send(new PutMethodCommand({ restApiId, resourceId: api.rootResourceId, httpMethod: 'GET', authorizationType: 'NONE' }));
  await client.send(new PutIntegrationCommand({
    restApiId, resourceId: api.rootResourceId, httpMethod: 'GET', type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' },
  }));
  await client.send(new CreateDeploymentCommand({ restApiId, stageName }));
  return { restApiId };
}
