import { Sha256 } from '@aws-crypto/sha256-js';
import {
  type APIGatewayClient, CreateDeploymentCommand, CreateRestApiCommand, PutIntegrationCommand, PutMethodCommand,
} from '@aws-sdk/client-api-gateway';
import { SignatureV4 } from '@smithy/signature-v4';
import { CONFIG_PUBLISH_QUEUE } from '@tollgate/jobs';
import { Queue } from 'bullmq';
import type { TestCredentials } from './sdk-client';

/** The AWS error an SDK call failed with. */
export async function failure(send: Promise<unknown>): Promise<{ name: string; message: string; status?: number }> {
  try {
    await send;
  } catch (error) {
    const e = error as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
    return { name: e.name, message: e.message, status: e.$metadata?.httpStatusCode };
  }
  throw new Error('expected the call to fail');
}

/** A REST API with `GET /` (MOCK, API key required) deployed to `stageName`; returns the API id. */
export async function deployedApi(client: APIGatewayClient, stageName: string): Promise<string> {
  const api = await client.send(new CreateRestApiCommand({ name: `limits-${stageName}` }));
  const restApiId = api.id!;
  await client.send(new PutMethodCommand({ restApiId, resourceId: api.rootResourceId, httpMethod: 'GET', authorizationType: 'NONE', apiKeyRequired: true }));
  await client.send(new PutIntegrationCommand({ restApiId, resourceId: api.rootResourceId, httpMethod: 'GET', type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } }));
  await client.send(new CreateDeploymentCommand({ restApiId, stageName }));
  return restApiId;
}

/** Raw SigV4-signed request, for what the SDK cannot send (CSV reports, malformed bodies). */
export async function signedFetch(baseUrl: string, credentials: TestCredentials, method: string, path: string, body?: string, contentType?: string): Promise<Response> {
  const url = new URL(path, baseUrl);
  const headers: Record<string, string> = { host: url.host };
  if (contentType) headers['content-type'] = contentType;
  const signer = new SignatureV4({ credentials, region: 'us-east-1', service: 'apigateway', sha256: Sha256 });
  const signed = await signer.sign({ method, protocol: 'http:', hostname: url.hostname, port: Number(url.port), path: url.pathname, query: Object.fromEntries(url.searchParams), headers, body });
  return fetch(url, { method, headers: signed.headers as Record<string, string>, body });
}

/** Reads what the control plane enqueued on config-publish under the test's own BullMQ prefix. */
export class ConfigPublishQueue {
  private readonly queue: Queue;

  constructor(redisUrl: string, prefix: string) {
    const url = new URL(redisUrl);
    this.queue = new Queue(CONFIG_PUBLISH_QUEUE, { prefix, connection: { host: url.hostname, port: Number(url.port || 6379) } });
  }

  async jobs(): Promise<Array<{ name: string; data: Record<string, string> }>> {
    const jobs = await this.queue.getJobs(['waiting', 'delayed', 'prioritized', 'active']);
    return jobs.map((job) => ({ name: job.name, data: job.data as Record<string, string> }));
  }

  async close(): Promise<void> {
    await this.queue.obliterate({ force: true });
    await this.queue.close();
  }
}
