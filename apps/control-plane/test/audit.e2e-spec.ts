import { randomUUID } from 'node:crypto';
import {
  type APIGatewayClient,
  CreateApiKeyCommand,
  CreateDomainNameCommand,
  CreateRestApiCommand,
  DeleteApiKeyCommand,
  DeleteRestApiCommand,
  DeleteVpcLinkCommand,
  UpdateApiKeyCommand,
} from '@aws-sdk/client-api-gateway';
import { generate } from 'selfsigned';
import { createTestAccount, failure, type RunningControlPlane, sdkClient, signedFetch, type TestCredentials, withControlPlane } from './harness';
import { discardingJobProducer } from './surface-fixtures';

interface AuditEvent {
  eventId: string;
  eventTime: string;
  eventName: string;
  eventSource: string;
  awsRegion: string;
  userIdentity: { accountId: string; accessKeyId: string };
  sourceIPAddress?: string;
  userAgent?: string;
  requestId?: string;
  resourceArn?: string;
  requestParameters?: Record<string, unknown>;
  statusCode: number;
  errorCode?: string;
  errorMessage?: string;
}

interface AuditPage {
  events: AuditEvent[];
  nextToken?: string;
}

describe('Audit trail (real SDK, real Postgres)', () => {
  let cp: RunningControlPlane;
  let credentials: TestCredentials & { accountId: string };
  let client: APIGatewayClient;

  function signedGet(query: Record<string, string>, as: TestCredentials = credentials): Promise<Response> {
    const search = new URLSearchParams(query).toString();
    return signedFetch(cp.url, as, 'GET', `/tollgate/audit-events${search ? `?${search}` : ''}`);
  }

  async function list(query: Record<string, string> = {}, as?: TestCredentials): Promise<AuditPage> {
    const response = await signedGet(query, as);
    expect(response.status).toBe(200);
    return (await response.json()) as AuditPage;
  }

  /** Events are written just after each response; wait until `count` of them are visible. */
  async function eventually(count: number, query: Record<string, string> = {}): Promise<AuditEvent[]> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const { events } = await list({ maxResults: '1000', ...query });
      if (events.length >= count) return events;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`fewer than ${count} audit events appeared`);
  }

  withControlPlane({ jobProducer: discardingJobProducer(), setup: (f) => {
    ({ cp, client } = f);
    credentials = f.account;
  } });

  it('records a create/update/delete sequence and a failed call, newest first, without secrets', async () => {
    const secretValue = `secret-${randomUUID()}`;
    const key = await client.send(new CreateApiKeyCommand({ name: 'audited', value: secretValue, enabled: true }));
    await client.send(new UpdateApiKeyCommand({ apiKey: key.id, patchOperations: [{ op: 'replace', path: '/description', value: 'updated' }] }));
    await client.send(new DeleteApiKeyCommand({ apiKey: key.id }));
    expect(await failure(client.send(new DeleteVpcLinkCommand({ vpcLinkId: 'abcdefghij' })))).toMatchObject({ name: 'NotFoundException' });
    const pem = await generate([{ name: 'commonName', value: 'audit.example.com' }], { keySize: 2048 });
    const domainName = `audit-${randomUUID().slice(0, 8)}.example.com`;
    await client.send(new CreateDomainNameCommand({ domainName, certificateBody: pem.cert, certificatePrivateKey: pem.private }));

    const events = await eventually(5);
    expect(events.map((e) => e.eventName)).toEqual(['CreateDomainName', 'DeleteVpcLink', 'DeleteApiKey', 'UpdateApiKey', 'CreateApiKey']);
    const [domain, failed, deleted, updated, created] = events;
    const arn = `arn:aws:apigateway:us-east-1::/apikeys/${key.id}`;
    expect(created).toMatchObject({
      eventSource: 'apigateway.amazonaws.com', awsRegion: 'us-east-1', statusCode: 201, resourceArn: arn,
      userIdentity: { accountId: credentials.accountId, accessKeyId: credentials.accessKeyId },
      requestParameters: { name: 'audited', value: 'HIDDEN_DUE_TO_SECURITY_REASONS', enabled: true },
    });
    expect(created.userAgent).toMatch(/aws-sdk-js/);
    expect(created.sourceIPAddress).toMatch(/127\.0\.0\.1/);
    expect(created.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(updated).toMatchObject({ statusCode: 200, resourceArn: arn, requestParameters: { patchOperations: [{ op: 'replace', path: '/description', value: 'updated' }] } });
    expect(deleted).toMatchObject({ statusCode: 202, resourceArn: arn });
    expect(failed).toMatchObject({
      statusCode: 404, errorCode: 'NotFoundException', errorMessage: 'Invalid VPC Link identifier specified',
      resourceArn: 'arn:aws:apigateway:us-east-1::/vpclinks/abcdefghij',
    });
    expect(domain).toMatchObject({ statusCode: 201, resourceArn: `arn:aws:apigateway:us-east-1::/domainnames/${domainName}` });
    expect(domain.requestParameters?.certificatePrivateKey).toBe('HIDDEN_DUE_TO_SECURITY_REASONS');

    const everything = JSON.stringify(events);
    expect(everything).not.toContain(secretValue);
    expect(everything).not.toContain('PRIVATE KEY');
  });

  it('filters by operation and time, pages with nextToken, and stays within the account', async () => {
    const account = await createTestAccount(cp.dataSource);
    const mine = sdkClient(cp.url, account);
    const start = new Date();
    for (let i = 0; i < 3; i++) await mine.send(new CreateRestApiCommand({ name: `audit-${i}` }));
    const { id } = await mine.send(new CreateRestApiCommand({ name: 'to-delete' }));
    await mine.send(new DeleteRestApiCommand({ restApiId: id }));
    for (let attempt = 0; attempt < 50 && (await list({}, account)).events.length < 5; attempt++) await new Promise((resolve) => setTimeout(resolve, 100));

    const creates = await list({ operation: 'CreateRestApi' }, account);
    expect(creates.events).toHaveLength(4);
    expect(creates.events.every((e) => e.eventName === 'CreateRestApi' && e.resourceArn?.startsWith('arn:aws:apigateway:us-east-1::/restapis/'))).toBe(true);

    const first = await list({ maxResults: '2' }, account);
    expect(first.events).toHaveLength(2);
    const second = await list({ maxResults: '2', nextToken: first.nextToken! }, account);
    const third = await list({ maxResults: '2', nextToken: second.nextToken! }, account);
    expect(third.nextToken).toBeUndefined();
    const ids = [...first.events, ...second.events, ...third.events].map((e) => e.eventId);
    expect(new Set(ids).size).toBe(5);

    expect((await list({ startTime: String(Math.floor(start.getTime() / 1000) + 3600) }, account)).events).toEqual([]);
    expect((await list({ endTime: new Date(start.getTime() - 60_000).toISOString() }, account)).events).toEqual([]);
    expect((await list({ startTime: new Date(start.getTime() - 1000).toISOString() }, account)).events).toHaveLength(5);

    // Another account's trail holds none of this.
    const theirs = await list({ maxResults: '1000' });
    expect(theirs.events.map((e) => e.userIdentity.accountId).every((accountId) => accountId === credentials.accountId)).toBe(true);
    mine.destroy();
  });

  it('records a call rejected for a malformed body, without storing the body', async () => {
    const account = await createTestAccount(cp.dataSource);
    expect((await signedFetch(cp.url, account, 'POST', '/restapis', '{"name": "half')).status).toBe(400);
    let events: AuditEvent[] = [];
    for (let attempt = 0; attempt < 50 && events.length === 0; attempt++) {
      events = (await list({}, account)).events;
      if (events.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ eventName: 'CreateRestApi', statusCode: 400, errorCode: 'BadRequestException', requestParameters: { bodyOmitted: expect.any(String) } });
    expect(JSON.stringify(events[0])).not.toContain('half');
  });

  it('answers bad queries with BadRequestException and unsigned calls with 403', async () => {
    const queries: Array<Record<string, string>> = [{ maxResults: '0' }, { maxResults: 'x' }, { startTime: 'yesterday' }, { nextToken: 'bogus' }, { startTime: '2000', endTime: '1000' }];
    for (const query of queries) {
      const response = await signedGet(query);
      expect(response.status).toBe(400);
      expect(response.headers.get('x-amzn-errortype')).toBe('BadRequestException');
    }
    const unsigned = await fetch(new URL('/tollgate/audit-events', cp.url));
    expect(unsigned.status).toBe(403);
  });
});
