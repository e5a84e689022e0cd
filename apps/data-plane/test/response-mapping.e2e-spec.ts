import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InMemorySnapshotStore } from '@tollgate/snapshot-store';
import type { SnapshotIntegration } from '@tollgate/model';
import { buildIntegration, buildIntegrationResponse, buildMethod, buildResource, buildSnapshot, buildStageRecord } from '@tollgate/testing';
import { compileSnapshot, type CompiledSnapshot } from '@tollgate/execute-api';
import { startDataPlane, type RunningDataPlane } from '../src/server';
import { call } from './invoke-client';
import { startUpstreamStub, type UpstreamStub } from './upstream-stub';

const API = 'respmap001';
const HOST = `${API}.execute-api.us-east-1.localhost`;

function http(uri: string, integrationResponses: SnapshotIntegration['integrationResponses']): SnapshotIntegration {
  return buildIntegration({
    type: 'HTTP', httpMethod: 'GET', uri, requestTemplates: {},
    requestParameters: { 'integration.request.path.code': 'method.request.path.code' },
    integrationResponses,
  });
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe]);

/** A backend that answers /png with image bytes and /b64 with the same bytes as base64 text. */
async function startBinaryBackend(): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    if (req.url === '/png') res.writeHead(200, { 'Content-Type': 'image/png' }).end(PNG);
    else res.writeHead(200, { 'Content-Type': 'text/plain' }).end(PNG.toString('base64'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('response mapping (in-process data plane)', () => {
  let upstream: UpstreamStub;
  let binary: Awaited<ReturnType<typeof startBinaryBackend>>;
  let plane: RunningDataPlane;

  beforeAll(async () => {
    upstream = await startUpstreamStub();
    binary = await startBinaryBackend();
    const echoTemplate = '#set($e = $input.path(\'$.echo\'))\n{"method":"$e.method","url":"$e.url","client":"$input.params(\'X-Client\')","color":"$stageVariables.color","stage":"$context.stage"}';
    const binaryMethod = (path: string, contentHandling?: 'CONVERT_TO_TEXT' | 'CONVERT_TO_BINARY') => buildMethod({
      integration: buildIntegration({
        type: 'HTTP', httpMethod: 'GET', uri: `${binary.url}${path}`, requestTemplates: {},
        integrationResponses: { '200': buildIntegrationResponse({ contentHandling }) },
      }),
    });
    const snapshot = buildSnapshot({
      restApiId: API,
      binaryMediaTypes: ['image/png'],
      resources: [
        buildResource('/png', { GET: binaryMethod('/png') }),
        buildResource('/png-as-text', { GET: binaryMethod('/png', 'CONVERT_TO_TEXT') }),
        buildResource('/b64-as-binary', { GET: binaryMethod('/b64', 'CONVERT_TO_BINARY') }),
        buildResource('/'),
        buildResource('/http/{code}', {
          GET: buildMethod({
            integration: http(`${upstream.url}/status/{code}`, {
              '200': buildIntegrationResponse({
                responseParameters: {
                  'method.response.header.X-Up': 'integration.response.header.X-Upstream',
                  'method.response.header.X-Cookies': 'integration.response.multivalueheader.Set-Cookie',
                  'method.response.header.X-Method': 'integration.response.body.echo.method',
                  'method.response.header.Server': 'integration.response.header.Server',
                  'method.response.header.X-Static': "'s'",
                },
                responseTemplates: { 'application/json': echoTemplate, 'application/xml': '<url>$input.path(\'$.echo.url\')</url>' },
              }),
              '400': buildIntegrationResponse({
                statusCode: '400', selectionPattern: '4\\d\\d',
                responseTemplates: { 'application/json': '{"error":"upstream said no","url":"$input.path(\'$.echo.url\')"}' },
              }),
            }),
          }),
        }),
        buildResource('/strict/{code}', {
          GET: buildMethod({ integration: http(`${upstream.url}/status/{code}`, { '200': buildIntegrationResponse({ selectionPattern: '2\\d\\d' }) }) }),
        }),
        buildResource('/passthrough/{code}', {
          GET: buildMethod({ integration: http(`${upstream.url}/status/{code}`, { '200': buildIntegrationResponse() }) }),
        }),
        buildResource('/override', {
          GET: buildMethod({
            integration: buildIntegration({
              requestTemplates: { 'application/json': '#set($context.responseOverride.status = 444)#set($context.responseOverride.header.foo = "bar"){"statusCode": 200}' },
              integrationResponses: { '200': buildIntegrationResponse() },
            }),
          }),
        }),
      ],
    });
    const store = new InMemorySnapshotStore<CompiledSnapshot>(compileSnapshot);
    store.put(buildStageRecord({ stageName: 'dev', variables: { color: 'green' } }, snapshot), snapshot);
    plane = await startDataPlane({ store, httpPort: 0 });
  });

  afterAll(async () => {
    await plane.close();
    await upstream.close();
    await new Promise<void>((resolve) => {
      binary.server.close(() => resolve());
      binary.server.closeAllConnections();
    });
  });

  it('maps the endpoint response of a non-proxy HTTP integration: headers, template, ids', async () => {
    const reply = await call(plane.httpUrl, '/dev/http/200', { headers: { Host: HOST, 'X-Client': 'c-1' } });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ method: 'GET', url: '/status/200', client: 'c-1', color: 'green', stage: 'dev' });
    expect(reply.headers['content-type']).toBe('application/json');
    expect(reply.headers['x-up']).toBe('stub');
    expect(reply.headers['x-cookies']).toBe('a=1,b=2');
    expect(reply.headers['x-method']).toBe('GET');
    expect(reply.headers['x-static']).toBe('s');
    // A mapped Server header is renamed; the endpoint's own headers are never passed through.
    expect(reply.headers['x-amzn-remapped-server']).toBe('stub-server');
    expect(reply.headers['set-cookie']).toBeUndefined();
    expect(reply.headers['x-upstream']).toBeUndefined();
    expect(reply.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
    expect(reply.headers['x-amz-apigw-id']).toBeDefined();
    expect(reply.headers['x-amzn-trace-id']).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24}$/);
  });

  it('chooses the response template by Accept', async () => {
    const reply = await call(plane.httpUrl, '/dev/http/200', { headers: { Host: HOST, Accept: 'application/xml' } });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('<url>/status/200</url>');
    expect(reply.headers['content-type']).toBe('application/xml');
  });

  it('selects the integration response by full-match regex on the backend status', async () => {
    const reply = await call(plane.httpUrl, '/dev/http/404', { headers: { Host: HOST } });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toEqual({ error: 'upstream said no', url: '/status/404' });
  });

  it('falls back to the default response for a status no pattern matches (AWS answers its status, not the backend one)', async () => {
    const reply = await call(plane.httpUrl, '/dev/http/503', { headers: { Host: HOST } });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body).url).toBe('/status/503');
  });

  it('answers 500 Internal server error when no integration response matches and there is no default', async () => {
    const reply = await call(plane.httpUrl, '/dev/strict/503', { headers: { Host: HOST } });
    expect(reply.status).toBe(500);
    expect(JSON.parse(reply.body)).toEqual({ message: 'Internal server error' });
    expect(reply.headers['x-amzn-errortype']).toBe('InternalServerErrorException');
  });

  it('passes the endpoint body through when the response has no template', async () => {
    const reply = await call(plane.httpUrl, '/dev/passthrough/201', { headers: { Host: HOST } });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body).echo.url).toBe('/status/201');
    expect(reply.headers['content-type']).toBe('application/json');
  });

  it('applies a responseOverride set in the request template (MOCK, no response template)', async () => {
    const reply = await call(plane.httpUrl, '/dev/override', { headers: { Host: HOST } });
    expect(reply.status).toBe(444);
    expect(reply.headers.foo).toBe('bar');
    expect(reply.body).toBe('');
  });

  describe('binary payloads (binaryMediaTypes image/png, §11)', () => {
    it('sends a binary endpoint body as bytes when the client accepts the binary type', async () => {
      const reply = await call(plane.httpUrl, '/dev/png', { headers: { Host: HOST, Accept: 'image/png' } });
      expect(reply.status).toBe(200);
      expect(reply.bytes.equals(PNG)).toBe(true);
    });

    it('base64-encodes it for a client that does not accept a binary type (no contentHandling)', async () => {
      const reply = await call(plane.httpUrl, '/dev/png', { headers: { Host: HOST, Accept: 'application/json' } });
      expect(reply.body).toBe(PNG.toString('base64'));
    });

    it('base64-encodes it with CONVERT_TO_TEXT whatever the Accept', async () => {
      const reply = await call(plane.httpUrl, '/dev/png-as-text', { headers: { Host: HOST, Accept: 'image/png' } });
      expect(reply.body).toBe(PNG.toString('base64'));
    });

    it('decodes a base64 text body to bytes with CONVERT_TO_BINARY', async () => {
      const reply = await call(plane.httpUrl, '/dev/b64-as-binary', { headers: { Host: HOST } });
      expect(reply.status).toBe(200);
      expect(reply.bytes.equals(PNG)).toBe(true);
    });
  });
});
