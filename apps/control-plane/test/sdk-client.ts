import { APIGatewayClient } from '@aws-sdk/client-api-gateway';

export interface TestCredentials {
  accessKeyId: string;
  secretAccessKey: string;
}

/** The default account's access key (test/test), which the control plane creates at start. */
export const DEFAULT_TEST_CREDENTIALS: TestCredentials = { accessKeyId: 'test', secretAccessKey: 'test' };

/** The real AWS SDK v3 client pointed at a test control plane (region us-east-1, default key test/test). */
export function sdkClient(url: string, credentials: TestCredentials = DEFAULT_TEST_CREDENTIALS, region = 'us-east-1'): APIGatewayClient {
  return new APIGatewayClient({ endpoint: url, region, credentials, maxAttempts: 1 });
}
