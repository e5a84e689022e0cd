import { request as httpRequest } from 'node:http';
import { InMemorySnapshotStore } from '@tollgate/snapshot-store';
import {
  buildHttpProxyIntegration, buildIntegration, buildIntegrationResponse, buildMethod, buildResource, buildSnapshot, buildStageRecord,
} from '@tollgate/testing';
import { compileSnapshot, type CompiledSnapshot } from '@tollgate/execute-api';
import { startDataPlane, type RunningDataPlane } from '../src/server';
import { generateSelfSigned } from '../src/tls/tls-credentials';
import { call } from './invoke-client';
import { closedPort, startUpstreamStub, type UpstreamStub } from './upstream-stub';

const API = 'abc123defg';
const HOST = `${API}.execute-api.us-east-1.localhost`;

describe('data plane invoke (in-process, in-memory store)', () => {
  let upstream: UpstreamStub;
  let plane: RunningDataPlane;
  let deadPort: number;

  beforeAll(async () => {
    upstream = await startUpstreamStub();
    deadPort = await closedPort();
    const snapshot = buildSnapshot({
      restApiId: API,
      resources: [
        buildResource('/'),
        buildResource('/p/{proxy+}', { ANY: buildMethod({ integration: buildHttpProxyIntegration(`${upstream.url}/{proxy}`) }) }),
        buildResource('/pets/{petId}', {
          GET: buildMethod({ integration: buildHttpProxyIntegration(`${upstream.url}/animals/{petId}?kind=pet`) }),
        }),
        buildResource('/vars', { GET: buildMethod({ integration: buildHttpProxyIntegration('${stageVariables.backend}/from-var') }) }),
        buildResource('/slow', { GET: buildMethod({ integration: buildHttpProxyIntegration(`${upstream.url}/slow`, { timeoutInMillis: 300 }) }) }),
        buildResource('/down', { GET: buildMethod({ integration: buildHttpProxyIntegration(`http://127.0.0.1:${deadPort}/x`) }) }),
        buildResource('/mock', {
          GET: buildMethod({
            integration: buildIntegration({
              requestTemplates: { 'application/json': '{"statusCode": 200}', 'text/plain': '{statusCode: 404}' },
              integrationResponses: {
                '200': buildIntegrationResponse({
                  responseParameters: { 'method.response.header.X-Mock': "'yes'" },
                  responseTemplates: { 'application/json': '{"ok":true}' },
                }),
                '418': buildIntegrationResponse({ statusCode: '418', selectionPattern: '4\\d\\d', responseTemplates: { 'application/json': '{"teapot":true}' } }),
              },
            }),
          }),
        }),
        buildResource('/mock-empty', { POST: buildMethod({ integration: buildIntegration({ requestTemplates: { 'application/json': '{"statusCode": 204}' }, integrationResponses: { '204': buildIntegrationResponse({ statusCode: '204' }) } }) }) }),
        buildResource('/mock-bad', { GET: buildMethod({ integration: buildIntegration({ requestTemplates: { 'application/json': '{"nope": 1}' } }) }) }),
      ],
    });
    const store = new InMemorySnapshotStore<CompiledSnapshot>(compileSnapshot);
    store.put(buildStageRecord({ stageName: 'dev', variables: { backend: upstream.url } }, snapshot), snapshot);
    plane = await startDataPlane({ store, httpPort: 0, https: { port: 0, credentials: await generateSelfSigned('localhost') } });
  });

  afterAll(async () => {
    await plane.close();
    await upstream.close();
  });

  it('proxies host-based over HTTPS, with {proxy+}, the raw query string and the API Gateway headers', async () => {
    const reply = await call(plane.httpsUrl!, '/dev/p/items/a%2Fb//c?x=1&y=a+b&x=2', { headers: { Host: HOST, 'X-Custom': 'kept' } });

    expect(reply.status).toBe(200);
    const echo = JSON.parse(reply.body).echo;
    expect(echo.url).toBe('/items/a%2Fb//c?x=1&y=a+b&x=2');
    expect(echo.method).toBe('GET');
    expect(echo.headers['x-custom']).toBe('kept');
    expect(echo.headers.host).toBe(new URL(upstream.url).host);
    expect(echo.headers['x-forwarded-proto']).toBe('https');
    expect(echo.headers['x-amzn-apigateway-api-id']).toBe(API);
    expect(reply.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
    expect(reply.headers['x-amz-apigw-id']).toMatch(/^[A-Za-z0-9_-]{15}=$/); // AWS's 16-character shape
    expect(reply.headers['x-amzn-trace-id']).toBeUndefined();
  });

  it('matches the API id in the Host case-insensitively, with a port', async () => {
    const reply = await call(plane.httpUrl, '/dev/pets/7', { headers: { Host: `${API.toUpperCase()}.execute-api.localhost:4567` } });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body).echo.url).toBe('/animals/7?kind=pet');
  });

  it('proxies path-based /restapis/{id}/{stage}/_user_request_/ with a POST body streamed through', async () => {
    const body = JSON.stringify({ name: 'rex', tags: ['a', 'b'] });
    const reply = await call(plane.httpUrl, `/restapis/${API}/dev/_user_request_/p/pets/new?q=1`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body,
    });

    expect(reply.status).toBe(200);
    const echo = JSON.parse(reply.body).echo;
    expect(echo).toMatchObject({ method: 'POST', url: '/pets/new?q=1', body });
    expect(echo.headers['content-type']).toBe('application/json');
  });

  it('drops and remaps upstream response headers like AWS', async () => {
    const reply = await call(plane.httpUrl, '/dev/p/anything', { headers: { Host: HOST } });
    expect(reply.headers['x-upstream']).toBe('stub');
    expect(reply.headers.via).toBeUndefined();
    expect(reply.headers['x-amzn-remapped-server']).toBe('stub-server');
    expect(reply.headers['x-amzn-remapped-content-length']).toBe(String(Buffer.byteLength(reply.body)));
    expect(reply.headers['set-cookie']).toEqual(['a=1', 'b=2']);
  });

  it('passes upstream error statuses through unchanged', async () => {
    const reply = await call(plane.httpUrl, '/dev/p/status/503', { headers: { Host: HOST } });
    expect(reply.status).toBe(503);
  });

  it('substitutes ${stageVariables.x} in the integration URI', async () => {
    const reply = await call(plane.httpUrl, '/dev/vars', { headers: { Host: HOST } });
    expect(JSON.parse(reply.body).echo.url).toBe('/from-var');
  });

  it('answers MOCK with the selected integration response, static header and template body', async () => {
    const ok = await call(plane.httpUrl, '/dev/mock', { headers: { Host: HOST } });
    expect(ok.status).toBe(200);
    expect(ok.body).toBe('{"ok":true}');
    expect(ok.headers['x-mock']).toBe('yes');
    expect(ok.headers['content-type']).toBe('application/json');
    expect(ok.headers['x-amzn-requestid']).toBeDefined();

    const teapot = await call(plane.httpUrl, '/dev/mock', { headers: { Host: HOST, 'Content-Type': 'text/plain' } });
    expect(teapot.status).toBe(418);
    expect(teapot.body).toBe('{"teapot":true}');
  });

  it('answers MOCK without a response template with an empty body', async () => {
    const reply = await call(plane.httpUrl, '/dev/mock-empty', { method: 'POST', headers: { Host: HOST } });
    expect(reply.status).toBe(204);
    expect(reply.body).toBe('');
  });

  it('answers 500 when a MOCK template yields no statusCode', async () => {
    const reply = await call(plane.httpUrl, '/dev/mock-bad', { headers: { Host: HOST } });
    expect(reply.status).toBe(500);
    expect(JSON.parse(reply.body)).toEqual({ message: 'Internal server error' });
  });

  it.each([
    ['unknown API', '/dev/pets/1', `zzzzzzzzzz.execute-api.localhost`],
    ['unknown stage', '/prod/pets/1', HOST],
    ['unknown path', '/dev/pets/1/toys', HOST],
    ['unknown method', '/dev/mock', HOST, 'DELETE'],
    ['no stage', '/', HOST],
    ['no API in host or path', '/dev/pets/1', 'localhost'],
  ])('answers 403 Missing Authentication Token for %s', async (_what, path, host, method = 'GET') => {
    const reply = await call(plane.httpUrl, path, { method, headers: { Host: host } });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body)).toEqual({ message: 'Missing Authentication Token' });
    expect(reply.headers['content-type']).toBe('application/json');
    expect(reply.headers['x-amzn-errortype']).toBe('MissingAuthenticationTokenException');
    expect(reply.headers['x-amzn-requestid']).toBeDefined();
  });

  it('answers 504 Endpoint request timed out when the upstream is slower than timeoutInMillis', async () => {
    const started = Date.now();
    const reply = await call(plane.httpUrl, '/dev/slow', { headers: { Host: HOST } });
    expect(reply.status).toBe(504);
    expect(JSON.parse(reply.body)).toEqual({ message: 'Endpoint request timed out' });
    // The 504 itself proves the 300 ms timeout fired (the stub answers only after 2 s); the wide bound
    // only rules out a hang, and leaves room for a loaded CI machine.
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('answers 500 Internal server error when the upstream is down', async () => {
    const reply = await call(plane.httpUrl, '/dev/down', { headers: { Host: HOST } });
    expect(reply.status).toBe(500);
    expect(JSON.parse(reply.body)).toEqual({ message: 'Internal server error' });
    expect(reply.headers['x-amzn-errortype']).toBe('InternalServerErrorException');
  });

  it.each([
    ['the integration times out', '/dev/slow'],
    ['the upstream answers', '/dev/p/slow?ms=300'],
  ])('survives a client that hangs up before %s', async (_what, path) => {
    await new Promise<void>((resolve) => {
      const req = httpRequest(new URL(path, plane.httpUrl), { headers: { Host: HOST }, agent: false });
      req.on('error', () => resolve());
      req.end();
      setTimeout(() => req.destroy(), 100);
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    const reply = await call(plane.httpUrl, '/dev/mock', { headers: { Host: HOST } });
    expect(reply.status).toBe(200);
  });
});
