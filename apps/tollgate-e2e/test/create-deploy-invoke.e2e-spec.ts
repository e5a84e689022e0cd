import {
  CreateDeploymentCommand, CreateResourceCommand, CreateRestApiCommand, GetResourcesCommand, GetRestApiCommand,
  PutIntegrationCommand, PutIntegrationResponseCommand, PutMethodCommand, PutMethodResponseCommand,
} from '@aws-sdk/client-api-gateway';
import { eventually, invokeHttp, invokeHttps, startSystem, startUpstream, type RunningSystem } from '../src';

jest.setTimeout(90_000);

describe('REST API created with the AWS SDK, deployed, published by the worker, invoked over HTTPS', () => {
  let system: RunningSystem;
  let upstream: Awaited<ReturnType<typeof startUpstream>>;
  let apiId: string;
  let host: string;

  beforeAll(async () => {
    [system, upstream] = await Promise.all([startSystem(), startUpstream()]);
    const sdk = system.sdk();
    const api = await sdk.send(new CreateRestApiCommand({ name: 'system-test' }));
    apiId = api.id!;
    host = `${apiId}.execute-api.us-east-1.localhost`;
    const { items } = await sdk.send(new GetResourcesCommand({ restApiId: apiId }));
    const rootId = items!.find((r) => r.path === '/')!.id!;

    // /items/{proxy+} -> HTTP_PROXY to the upstream stub
    const itemsRes = await sdk.send(new CreateResourceCommand({ restApiId: apiId, parentId: rootId, pathPart: 'items' }));
    const proxyRes = await sdk.send(new CreateResourceCommand({ restApiId: apiId, parentId: itemsRes.id!, pathPart: '{proxy+}' }));
    await sdk.send(new PutMethodCommand({
      restApiId: apiId, resourceId: proxyRes.id!, httpMethod: 'ANY', authorizationType: 'NONE',
      requestParameters: { 'method.request.path.proxy': true },
    }));
    await sdk.send(new PutIntegrationCommand({
      restApiId: apiId, resourceId: proxyRes.id!, httpMethod: 'ANY', type: 'HTTP_PROXY', integrationHttpMethod: 'ANY',
      uri: `${upstream.url}/backend/{proxy}`,
      requestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy' },
    }));

    // /mock GET -> MOCK with a selected integration response
    const mockRes = await sdk.send(new CreateResourceCommand({ restApiId: apiId, parentId: rootId, pathPart: 'mock' }));
    await sdk.send(new PutMethodCommand({ restApiId: apiId, resourceId: mockRes.id!, httpMethod: 'GET', authorizationType: 'NONE' }));
    await sdk.send(new PutIntegrationCommand({
      restApiId: apiId, resourceId: mockRes.id!, httpMethod: 'GET', type: 'MOCK',
      requestTemplates: { 'application/json': '{"statusCode": 200}' },
    }));
    await sdk.send(new PutMethodResponseCommand({ restApiId: apiId, resourceId: mockRes.id!, httpMethod: 'GET', statusCode: '200' }));
    await sdk.send(new PutIntegrationResponseCommand({
      restApiId: apiId, resourceId: mockRes.id!, httpMethod: 'GET', statusCode: '200',
      responseTemplates: { 'application/json': '{"mock": "first"}' },
    }));

    await sdk.send(new CreateDeploymentCommand({ restApiId: apiId, stageName: 'dev' }));
  });

  afterAll(async () => {
    await Promise.all([system?.stop(), upstream?.close()]);
  });

  it('serves the MOCK route over HTTPS, host-based, once the worker has published the deployment', async () => {
    const res = await eventually(() => invokeHttps(system.dataPlaneHttpsPort, host, '/dev/mock'), (r) => r.status === 200)
      .catch((e: Error) => { throw new Error(`${e.message}\n${system.logs()}`); });
    expect(JSON.parse(res.body)).toEqual({ mock: 'first' });
    expect(res.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('proxies {proxy+} with method, path, query string and body to the backend (HTTPS, host with port)', async () => {
    const res = await invokeHttps(system.dataPlaneHttpsPort, `${host}:${system.dataPlaneHttpsPort}`, '/dev/items/a/b%20c?x=1&y=two', {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-custom': 'kept' }, body: '{"hello":"world"}',
    });
    expect(res.status).toBe(201);
    expect(res.headers['x-backend']).toBe('stub');
    const seen = upstream.seen.at(-1)!;
    expect(seen).toMatchObject({ method: 'POST', url: '/backend/a/b%20c?x=1&y=two', body: '{"hello":"world"}' });
    expect(seen.headers['x-custom']).toBe('kept');
  });

  it('serves the same stage path-based over plain HTTP', async () => {
    const res = await invokeHttp(system.dataPlaneHttpUrl, `/restapis/${apiId}/dev/_user_request_/items/x`);
    expect(res.status).toBe(201);
    expect(JSON.parse(res.body)).toEqual({ echoed: '/backend/x', method: 'GET' });
  });

  it.each([
    ['an unknown path', (id: string) => `${id}.execute-api.us-east-1.localhost`, '/dev/nope'],
    ['a known path with a method it lacks', (id: string) => `${id}.execute-api.us-east-1.localhost`, '/dev/mock', 'DELETE'],
    ['an unknown stage', (id: string) => `${id}.execute-api.us-east-1.localhost`, '/prod/mock'],
    ['an unknown API', () => 'zzzzzzzzzz.execute-api.us-east-1.localhost', '/dev/mock'],
  ])('answers %s with 403 Missing Authentication Token', async (_label, hostFor, path, method = 'GET') => {
    const res = await invokeHttps(system.dataPlaneHttpsPort, hostFor(apiId), path, { method });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toEqual({ message: 'Missing Authentication Token' });
    expect(res.headers['x-amzn-errortype']).toBe('MissingAuthenticationTokenException');
  });

  it('keeps serving the old deployment until a redeploy is published, then serves the new one', async () => {
    const sdk = system.sdk();
    const { items } = await sdk.send(new GetResourcesCommand({ restApiId: apiId }));
    const mockId = items!.find((r) => r.path === '/mock')!.id!;
    await sdk.send(new PutIntegrationResponseCommand({
      restApiId: apiId, resourceId: mockId, httpMethod: 'GET', statusCode: '200',
      responseTemplates: { 'application/json': '{"mock": "second"}' },
    }));
    // Changed but not deployed: the stage still serves the frozen snapshot.
    const before = await invokeHttps(system.dataPlaneHttpsPort, host, '/dev/mock');
    expect(JSON.parse(before.body)).toEqual({ mock: 'first' });

    await sdk.send(new CreateDeploymentCommand({ restApiId: apiId, stageName: 'dev' }));
    const after = await eventually(() => invokeHttps(system.dataPlaneHttpsPort, host, '/dev/mock'), (r) => r.body.includes('second'));
    expect(JSON.parse(after.body)).toEqual({ mock: 'second' });
  });

  it('refuses a wrong secret with the AWS error the SDK understands, and another account cannot see the API', async () => {
    await expect(system.sdk({ accessKeyId: 'test', secretAccessKey: 'wrong' }).send(new GetRestApiCommand({ restApiId: apiId })))
      .rejects.toMatchObject({ name: 'InvalidSignatureException', $metadata: { httpStatusCode: 403 } });
    await expect(system.sdk().send(new GetRestApiCommand({ restApiId: 'nope000000' })))
      .rejects.toMatchObject({ name: 'NotFoundException', $metadata: { httpStatusCode: 404 } });
  });
});
