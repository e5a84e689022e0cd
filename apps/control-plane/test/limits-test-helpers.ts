import type { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import { CONFIG_PUBLISH_QUEUE } from '@tollgate/jobs';
import { QueueInspector } from './queue-inspector';
import { createDeployedApi } from './rest-api.fixtures';

/** A REST API with `GET /` (MOCK, API key required) deployed to `stageName`; returns the API id. */
export function deployedApi(client: APIGatewayClient, stageName: string): Promise<string> {
  return createDeployedApi(client, `limits-${stageName}`, stageName, { apiKeyRequired: true });
}

/** Reads what the control plane enqueued on config-publish under the test's own BullMQ prefix. */
export class ConfigPublishQueue extends QueueInspector {
  constructor(redisUrl: string, prefix: string) {
    super(CONFIG_PUBLISH_QUEUE, redisUrl, prefix);
  }
}
