import { InMemorySnapshotStore } from '@tollgate/snapshot-store';
import type { SnapshotIntegration } from '@tollgate/model';
import { buildHttpProxyIntegration, buildIntegration, buildIntegrationResponse, buildMethod, buildResource, buildSnapshot, buildStageRecord } from '@tollgate/testing';
import { compileSnapshot, type CompiledSnapshot } from '@tollgate/execute-api';
import { startDataPlane, type RunningDataPlane } from '../src/server';
import { call as invoke, type CallInit, type Reply } from './invoke-client';
import { closedPort, startUpstreamStub, type RecordedRequest, type UpstreamStub } from './upstream-stub';

const API = 'reqmap0001';
const HOST = `${API}.execute-api.us-east-1.localhost`;

/** Every request here goes to the one API's host. */
const call = (base: string, path: string, init: CallInit = {}): Promise<Reply> => invoke(base, path, { ...init, headers: { Host: HOST, ...init.headers } });

/** A non-proxy HTTP integration whose responses pass the backend's status and body through. */
function http(uri: string, overrides: Partial<SnapshotIntegration> = {}): SnapshotIntegration {
  return buildIntegration({
    type: 'HTTP', httpMethod: 'POST', uri, requestTemplates: {},
    integrationResponses: { '200': buildIntegrationResponse(), '404': buildIntegrationResponse({ statusCode: '404', selectionPattern: '404' }) },
    ...overrides,
  });
}

describe('data plane request side (in-process): templates, mappings, validation, non-proxy HTTP', () => {
  let upstream: UpstreamStub;
  let plane: RunningDataPlane;
  let base: string;

  const lastRequest = (): RecordedRequest => upstream.requests[upstream.requests.length - 1];
  const echoed = (reply: Reply): RecordedRequest => JSON.parse(reply.body).echo as RecordedRequest;

  beforeAll(async () => {
    upstream = await startUpstreamStub();
    const deadPort = await closedPort();
    const u = upstream.url;
    const snapshot = buildSnapshot({
      restApiId: API,
      binaryMediaTypes: ['image/png', 'application/octet-stream'],
      requestValidators: {
        all: { id: 'all', name: 'all', validateRequestBody: true, validateRequestParameters: true },
        params: { id: 'params', name: 'params', validateRequestBody: false, validateRequestParameters: true },
      },
      models: {
        Pet: { name: 'Pet', contentType: 'application/json', schema: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, tags: { type: 'array', items: { $ref: '#/definitions/Tag' } } }, definitions: { Tag: { type: 'string', maxLength: 5 } } } },
      },
      gatewayResponses: {
        BAD_REQUEST_BODY: { responseType: 'BAD_REQUEST_BODY', responseParameters: {}, responseTemplates: { 'application/json': '{"error": "$context.error.validationErrorString"}' } },
      },
      resources: [
        buildResource('/pets/{petId}', {
          POST: buildMethod({
            requestParameters: { 'method.request.header.X-Trace': false, 'method.request.querystring.tag': false },
            integration: http(`${u}/store/{id}?src=gw`, {
              httpMethod: 'PUT',
              requestParameters: {
                'integration.request.path.id': 'method.request.path.petId',
                'integration.request.querystring.tags': 'method.request.multivaluequerystring.tag',
                'integration.request.header.X-From-Header': 'method.request.header.X-Trace',
                'integration.request.header.X-Static': "'static-value'",
                'integration.request.header.X-Stage': 'context.stage',
                'integration.request.header.X-Var': 'stageVariables.flavour',
                'integration.request.header.X-Owner': 'method.request.body.owner.name',
              },
              requestTemplates: {
                'application/json': [
                  '#set($body = $input.path(\'$\'))',
                  '{"pet": $input.json(\'$.pet\'), "petId": "$input.params(\'petId\')", "trace": "$input.params(\'X-Trace\')",',
                  ' "requestId": "$context.requestId", "resourcePath": "$context.resourcePath", "flavour": "$stageVariables.flavour",',
                  ' "count": $body.pet.tags.size(), "escaped": "$util.escapeJavaScript($body.note)"}',
                ].join('\n'),
                'application/xml': '<pet id="$input.params(\'petId\')"/>',
              },
            }),
          }),
        }),
        buildResource('/override', {
          POST: buildMethod({
            integration: http(`${u}/o/{id}`, {
              requestParameters: { 'integration.request.path.id': "'mapped'", 'integration.request.header.X-Mode': "'mapped'" },
              requestTemplates: { 'application/json': '#set($context.requestOverride.header.X-Mode = "override")#set($context.requestOverride.querystring.page = "2")#set($context.requestOverride.path.id = "over")#set($context.responseOverride.status = 201){"ok": true}' },
            }),
          }),
        }),
        buildResource('/strict', { POST: buildMethod({ integration: http(`${u}/strict`, { passthroughBehavior: 'NEVER', requestTemplates: { 'application/json': '{}' } }) }) }),
        buildResource('/no-templates', { POST: buildMethod({ integration: http(`${u}/nt`, { passthroughBehavior: 'WHEN_NO_TEMPLATES' }) }) }),
        buildResource('/passthrough', { POST: buildMethod({ integration: http(`${u}/pass`, { httpMethod: 'ANY', requestTemplates: { 'application/json': '{"templated": true}' } }) }) }),
        buildResource('/validated', {
          POST: buildMethod({
            requestValidatorId: 'all',
            requestParameters: { 'method.request.header.X-Api-Version': true, 'method.request.querystring.mode': true },
            requestModels: { 'application/json': 'Pet' },
            integration: http(`${u}/validated`),
          }),
        }),
        buildResource('/params-only', {
          GET: buildMethod({ requestValidatorId: 'params', requestParameters: { 'method.request.querystring.q': true }, requestModels: { 'application/json': 'Pet' }, integration: http(`${u}/params`, { httpMethod: 'GET' }) }),
        }),
        buildResource('/vars', { GET: buildMethod({ integration: http('${stageVariables.backend}/from-var/${stageVariables.flavour}', { httpMethod: 'GET' }) }) }),
        buildResource('/slow', { GET: buildMethod({ integration: http(`${u}/slow`, { httpMethod: 'GET', timeoutInMillis: 300 }) }) }),
        buildResource('/down', { GET: buildMethod({ integration: http(`http://127.0.0.1:${deadPort}/x`, { httpMethod: 'GET' }) }) }),
        buildResource('/body-map', { POST: buildMethod({ integration: http(`${u}/bm`, { requestParameters: { 'integration.request.header.X-Name': 'method.request.body.name' } }) }) }),
        buildResource('/broken-template', { POST: buildMethod({ integration: http(`${u}/bt`, { requestTemplates: { 'application/json': '#foreach($i in [1..500000])$i#end' } }) }) }),
        buildResource('/to-text', { POST: buildMethod({ integration: http(`${u}/tt`, { contentHandling: 'CONVERT_TO_TEXT', requestTemplates: { 'image/png': '{"b64": "$input.body"}' } }) }) }),
        buildResource('/to-binary', { POST: buildMethod({ integration: http(`${u}/tb`, { contentHandling: 'CONVERT_TO_BINARY' }) }) }),
        buildResource('/binary', { POST: buildMethod({ integration: http(`${u}/bin`) }) }),
        buildResource('/binary-template', { POST: buildMethod({ integration: http(`${u}/bt2`, { requestTemplates: { 'image/png': '$input.body' } }) }) }),
        buildResource('/proxy', { POST: buildMethod({ integration: buildHttpProxyIntegration(`${u}/proxied`) }) }),
        buildResource('/mock', {
          POST: buildMethod({
            integration: buildIntegration({
              requestTemplates: { 'application/json': '#if($input.path(\'$.ok\') == true){"statusCode": 200}#else{"statusCode": 404}#end' },
              integrationResponses: {
                '200': buildIntegrationResponse({ responseTemplates: { 'application/json': '{"mock":"ok"}' } }),
                '404': buildIntegrationResponse({ statusCode: '404', selectionPattern: '404', responseTemplates: { 'application/json': '{"mock":"missing"}' } }),
              },
            }),
          }),
        }),
      ],
    });
    const store = new InMemorySnapshotStore<CompiledSnapshot>(compileSnapshot);
    store.put(buildStageRecord({ stageName: 'dev', variables: { flavour: 'mint', backend: u } }, snapshot), snapshot);
    plane = await startDataPlane({ store, httpPort: 0 });
    base = plane.httpUrl;
  });

  afterAll(async () => {
    await plane.close();
    await upstream.close();
  });

  it('renders the request template and maps path, query, header, context, stage variable, static and body parameters', async () => {
    const body = JSON.stringify({ pet: { name: 'rex', tags: ['a', 'b'] }, note: 'say "hi" / bye', owner: { name: 'ann' } });
    const reply = await call(base, '/dev/pets/42?tag=x&tag=y%20z&other=1', {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Trace': 't-1', 'X-Not-Mapped': 'dropped', Cookie: 'c=1' }, body,
    });
    expect(reply.status).toBe(200);
    const sent = echoed(reply);
    expect(sent.method).toBe('PUT');
    expect(sent.url).toBe('/store/42?src=gw&tags=x&tags=y%20z');
    const rendered = JSON.parse(sent.body);
    expect(rendered).toEqual({
      pet: { name: 'rex', tags: ['a', 'b'] }, petId: '42', trace: 't-1', requestId: reply.headers['x-amzn-requestid'],
      resourcePath: '/pets/{petId}', flavour: 'mint', count: 2, escaped: 'say "hi" / bye',
    });
    expect(sent.headers).toMatchObject({
      'x-from-header': 't-1', 'x-static': 'static-value', 'x-stage': 'dev', 'x-var': 'mint', 'x-owner': 'ann',
      accept: 'application/json', 'user-agent': `AmazonAPIGateway_${API}`, 'content-type': 'application/json', 'x-amzn-apigateway-api-id': API,
    });
    expect(sent.headers['x-amzn-trace-id']).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24}$/);
    expect(sent.headers['x-not-mapped']).toBeUndefined();
    expect(sent.headers.cookie).toBeUndefined();
    expect(Number(sent.headers['content-length'])).toBe(Buffer.byteLength(sent.body));
  });

  it('selects the request template by Content-Type, ignoring parameters', async () => {
    const reply = await call(base, '/dev/pets/7', { method: 'POST', headers: { 'Content-Type': 'Application/XML; charset=utf-8' }, body: '<ignored/>' });
    expect(reply.status).toBe(200);
    expect(echoed(reply).body).toBe('<pet id="7"/>');
  });

  it('lets the request template override mapped headers, query strings and path parameters, and the response status', async () => {
    const reply = await call(base, '/dev/override', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(reply.status).toBe(201);
    const sent = lastRequest();
    expect(sent.url).toBe('/o/over?page=2');
    expect(sent.headers['x-mode']).toBe('override');
    expect(sent.body).toBe('{"ok": true}');
  });

  it.each([
    ['NEVER refuses an unmatched Content-Type', '/dev/strict', 'text/plain'],
    ['NEVER refuses even application/json when it is not a template key', '/dev/strict', 'text/csv'],
    ['WHEN_NO_TEMPLATES passes through only when there are none', '/dev/no-templates', 'text/plain'],
  ])('%s', async (what, path, contentType) => {
    const reply = await call(base, path, { method: 'POST', headers: { 'Content-Type': contentType }, body: 'a,b' });
    if (path === '/dev/no-templates') {
      expect(reply.status).toBe(200);
      expect(echoed(reply).body).toBe('a,b');
      return;
    }
    expect(reply.status).toBe(415);
    expect(JSON.parse(reply.body)).toEqual({ message: 'Unsupported Media Type' });
    expect(reply.headers['x-amzn-errortype']).toBe('BadRequestException');
    expect(what).toContain('NEVER');
  });

  it('passes an unmatched body through unchanged with WHEN_NO_MATCH, and applies the template when it matches (missing Content-Type = application/json)', async () => {
    const passed = await call(base, '/dev/passthrough', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'plain text' });
    expect(echoed(passed)).toMatchObject({ method: 'POST', body: 'plain text' });
    expect(echoed(passed).headers['content-type']).toBe('text/plain');
    const templated = await call(base, '/dev/passthrough', { method: 'POST', body: 'ignored' });
    expect(echoed(templated).body).toBe('{"templated": true}');
  });

  describe('request validation', () => {
    it('answers 400 BAD_REQUEST_PARAMETERS listing the missing parameters in AWS order', async () => {
      const reply = await call(base, '/dev/validated', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"name":"rex"}' });
      expect(reply.status).toBe(400);
      expect(JSON.parse(reply.body)).toEqual({ message: 'Missing required request parameters: [X-Api-Version, mode]' });
      expect(reply.headers['x-amzn-errortype']).toBe('BadRequestException');
      expect(reply.headers['x-amzn-requestid']).toBeDefined();
    });

    it('answers 400 BAD_REQUEST_BODY for a body that breaks the model, through the customised gateway response', async () => {
      const reply = await call(base, '/dev/validated?mode=x', {
        method: 'POST', headers: { 'Content-Type': 'application/json', 'x-api-version': '1' }, body: '{"tags": ["toolong"]}',
      });
      expect(reply.status).toBe(400);
      expect(reply.body).toContain('object has missing required properties');
      expect(reply.headers['x-amzn-errortype']).toBe('BadRequestException');
    });

    it('forwards a valid request, the body read once for both validation and the integration', async () => {
      const body = '{"name":"rex","tags":["a"]}';
      const reply = await call(base, '/dev/validated?mode=x', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-API-VERSION': '1' }, body });
      expect(reply.status).toBe(200);
      expect(echoed(reply).body).toBe(body);
    });

    it('checks parameters only when the validator says so', async () => {
      expect((await call(base, '/dev/params-only')).status).toBe(400);
      expect((await call(base, '/dev/params-only?q=1')).status).toBe(200);
    });
  });

  it('renders ${stageVariables.x} in the integration URI, host included', async () => {
    const reply = await call(base, '/dev/vars');
    expect(reply.status).toBe(200);
    expect(echoed(reply)).toMatchObject({ method: 'GET', url: '/from-var/mint' });
  });

  it('answers 504 Endpoint request timed out after timeoutInMillis', async () => {
    const started = Date.now();
    const reply = await call(base, '/dev/slow');
    expect(reply.status).toBe(504);
    expect(JSON.parse(reply.body)).toEqual({ message: 'Endpoint request timed out' });
    // The 504 itself proves the 300 ms timeout fired (the stub answers only after 2 s); the wide bound
    // only rules out a hang, and leaves room for a loaded CI machine.
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('answers 500 Internal server error when the backend is unreachable', async () => {
    const reply = await call(base, '/dev/down');
    expect(reply.status).toBe(500);
    expect(JSON.parse(reply.body)).toEqual({ message: 'Internal server error' });
    expect(reply.headers['x-amzn-errortype']).toBe('InternalServerErrorException');
  });

  it('answers 400 Invalid JSON in request body when a body mapping meets broken JSON', async () => {
    const reply = await call(base, '/dev/body-map', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"name": ' });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toEqual({ message: 'Invalid JSON in request body' });
  });

  it('answers 500 (never crashes) when a template exceeds its budget, and keeps serving', async () => {
    const reply = await call(base, '/dev/broken-template', { method: 'POST', body: '{}' });
    expect(reply.status).toBe(500);
    expect(JSON.parse(reply.body)).toEqual({ message: 'Internal server error' });
    expect((await call(base, '/dev/vars')).status).toBe(200);
  });

  describe('request body limit (10 MB)', () => {
    it('refuses a declared Content-Length over 10 MB with 413 Request Too Long', async () => {
      const reply = await call(base, '/dev/passthrough', { method: 'POST', headers: { 'Content-Type': 'text/plain', 'Content-Length': String(10 * 1024 * 1024 + 1) } });
      expect(reply.status).toBe(413);
      expect(JSON.parse(reply.body)).toEqual({ message: 'Request Too Long' });
    });

    it('refuses a chunked body that grows over 10 MB with 413', async () => {
      const reply = await call(base, '/dev/passthrough', {
        method: 'POST', headers: { 'Content-Type': 'text/plain', 'Transfer-Encoding': 'chunked' }, body: Buffer.alloc(10 * 1024 * 1024 + 10, 97),
      });
      expect(reply.status).toBe(413);
    });

    it('cuts a chunked HTTP_PROXY body off at 10 MB with 413, and streams a smaller one through', async () => {
      const tooLarge = await call(base, '/dev/proxy', {
        method: 'POST', headers: { 'Content-Type': 'text/plain', 'Transfer-Encoding': 'chunked' }, body: Buffer.alloc(10 * 1024 * 1024 + 10, 97),
      });
      expect(tooLarge.status).toBe(413);
      expect(JSON.parse(tooLarge.body)).toEqual({ message: 'Request Too Long' });
      const small = await call(base, '/dev/proxy', { method: 'POST', headers: { 'Content-Type': 'text/plain', 'Transfer-Encoding': 'chunked' }, body: 'chunked body' });
      expect(small.status).toBe(200);
      expect(echoed(small).body).toBe('chunked body');
    });

    it('accepts a body of exactly 10 MB', async () => {
      const reply = await call(base, '/dev/passthrough', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: Buffer.alloc(10 * 1024 * 1024, 98) });
      // The stub echoes it back inside JSON, which is over the response limit: what matters is that it was sent.
      expect(reply.status).not.toBe(413);
      expect(lastRequest().body.length).toBe(10 * 1024 * 1024);
    });
  });

  describe('binary payloads', () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

    it('CONVERT_TO_TEXT base64-encodes a binary body for the template', async () => {
      const reply = await call(base, '/dev/to-text', { method: 'POST', headers: { 'Content-Type': 'image/png' }, body: bytes });
      expect(JSON.parse(echoed(reply).body)).toEqual({ b64: bytes.toString('base64') });
    });

    it('CONVERT_TO_BINARY base64-decodes a text body', async () => {
      const reply = await call(base, '/dev/to-binary', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: Buffer.from('decoded!').toString('base64') });
      expect(echoed(reply).body).toBe('decoded!');
    });

    it('CONVERT_TO_BINARY with text that is not base64 is 500', async () => {
      const reply = await call(base, '/dev/to-binary', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '***' });
      expect(reply.status).toBe(500);
    });

    it('passes a binary body through byte for byte', async () => {
      const reply = await call(base, '/dev/binary', { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: bytes });
      expect(reply.status).toBe(200);
      expect(Buffer.from(lastRequest().body, 'utf8').equals(Buffer.from(bytes.toString('utf8'), 'utf8'))).toBe(true);
      expect(lastRequest().headers['content-length']).toBe(String(bytes.length));
    });

    it('gives a non-UTF-8 binary body to a text template as 500', async () => {
      const reply = await call(base, '/dev/binary-template', { method: 'POST', headers: { 'Content-Type': 'image/png' }, body: Buffer.from([0xff, 0xfe, 0x00]) });
      expect(reply.status).toBe(500);
    });
  });

  it('renders MOCK request templates with VTL ($input.path decides the status code)', async () => {
    const ok = await call(base, '/dev/mock', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"ok": true}' });
    expect([ok.status, JSON.parse(ok.body)]).toEqual([200, { mock: 'ok' }]);
    const missing = await call(base, '/dev/mock', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"ok": false}' });
    expect([missing.status, JSON.parse(missing.body)]).toEqual([404, { mock: 'missing' }]);
  });
});
