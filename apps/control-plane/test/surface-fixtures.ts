import type { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import type { JobProducer } from '@tollgate/jobs';
import { createDeployedApi } from './rest-api.fixtures';

/** A producer that keeps nothing: these suites do not test publishing, and leave no BullMQ keys behind. */
export function discardingJobProducer(): JobProducer {
  return { enqueue: () => Promise.resolve(), close: () => Promise.resolve() };
}

/** A REST API with `GET /` (MOCK) deployed to `stageName`. */
export async function createDeployedStage(client: APIGatewayClient, stageName: string): Promise<{ restApiId: string }> {
  return { restApiId: await createDeployedApi(client, `api-${stageName}`, stageName) };
}
