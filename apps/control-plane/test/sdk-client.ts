import { APIGatewayClient } from '@aws-sdk/client-api-gateway';

export interface TestCredentials {
  accessKeyId: string;
  secretAccessKey: string;
}

/** The real AWS SDK v3 client pointed at a test control plane (region us-east-1, default key test/test). */
export function sdkClient(url: string, credentials: TestCredentials = { accessKeyId: 'test', secretAccessKey: 'test' }, region = 'us-east-1'): APIGatewayClient {
  return new APIGatewayClient({ endpoint: url, region, credentials, maxAttempts: 1 });
}
