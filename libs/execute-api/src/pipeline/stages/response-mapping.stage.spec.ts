import { Readable } from 'node:stream';
import type { SnapshotIntegration, StageRecord } from '@tollgate/model';
import { buildHttpProxyIntegration, buildIntegration, buildIntegrationResponse, buildMethod, buildResource, buildSnapshot } from '@tollgate/testing';
import { routedContext, thrownType, type FakeRequestInit } from '../../context.fixture';
import type { EndpointResponse, FlatHeaders, RequestContext } from '../context';
import { responseMappingStage } from './response-mapping.stage';

function headerMap(headers: FlatHeaders): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (let i = 0; i < headers.length; i += 2) (map[headers[i]] ??= []).push(headers[i + 1]);
  return map;
}

async function run(ctx: RequestContext, endpoint: EndpointResponse): Promise<RequestContext> {
  ctx.endpointResponse = endpoint;
  await responseMappingStage(ctx);
  return ctx;
}

function bodyText(ctx: RequestContext): string {
  const body = ctx.response?.body;
  return Buffer.isBuffer(body) ? body.toString('utf8') : (body as string);
}

describe('response-mapping stage: HTTP_PROXY', () => {
  const snapshot = buildSnapshot({ resources: [buildResource('/p', { GET: buildMethod({ integration: buildHttpProxyIntegration('http://b/p') }) })] });

  it('passes status and body stream through, drops and remaps headers, adds request ids but no trace id', () => {
    const ctx = routedContext(snapshot, 'GET', '/p');
    const body = Readable.from(['{}']);
    ctx.endpointResponse = {
      statusCode: 404,
      headers: {
        'content-type': 'application/json', 'content-length': '2', 'transfer-encoding': 'chunked', 'content-encoding': 'gzip',
        via: '1.1 x', connection: 'keep-alive', date: 'Mon', server: 'nginx', 'set-cookie': ['a=1', 'b=2'],
      },
      body,
    };

    void responseMappingStage(ctx);

    expect(ctx.response?.statusCode).toBe(404);
    expect(ctx.response?.body).toBe(body);
    expect(headerMap(ctx.response!.headers)).toEqual({
      'content-type': ['application/json'],
      'x-amzn-Remapped-Content-Length': ['2'],
      'Content-Length': ['2'],
      'x-amzn-Remapped-Connection': ['keep-alive'],
      'x-amzn-Remapped-Date': ['Mon'],
      'x-amzn-Remapped-Server': ['nginx'],
      'set-cookie': ['a=1', 'b=2'],
      'x-amzn-RequestId': [ctx.requestId],
      'x-amz-apigw-id': [ctx.extendedRequestId],
    });
  });
});

function mockContext(integration: Partial<SnapshotIntegration>, init: FakeRequestInit & { query?: string } = {}, stage: Partial<StageRecord> = {}, binaryMediaTypes: string[] = []): RequestContext {
  const snapshot = buildSnapshot({
    binaryMediaTypes,
    resources: [buildResource('/m/{id}', { GET: buildMethod({ integration: buildIntegration(integration) }) })],
  });
  const ctx = routedContext(snapshot, 'GET', '/m/7', init, stage);
  ctx.rawQuery = init.query ?? '';
  return ctx;
}

describe('response-mapping stage: integration response selection (MOCK)', () => {
  const responses = {
    '200': buildIntegrationResponse({
      responseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'*'" },
      responseTemplates: { 'application/json': '{"ok":true}', 'application/xml': '<ok/>' },
    }),
    '400': buildIntegrationResponse({ statusCode: '400', selectionPattern: '4\\d\\d', responseTemplates: { 'text/plain': 'bad' } }),
    '500': buildIntegrationResponse({ statusCode: '500', selectionPattern: '5.*' }),
  };

  it.each([
    ['the default for 200', 200, undefined, 200, 'application/json', '{"ok":true}'],
    ['the template the Accept header asks for', 200, 'application/xml, application/json;q=0.9', 200, 'application/xml', '<ok/>'],
    ['a full-match pattern', 404, undefined, 400, 'text/plain', 'bad'],
    ['an empty body when there is no template', 503, undefined, 500, 'application/json', ''],
    ['the default when a pattern only matches partly (full match, like Java)', 2404, undefined, 200, 'application/json', '{"ok":true}'],
  ])('selects %s', async (_what, endpointStatus, accept, status, contentType, body) => {
    const ctx = await run(mockContext({ integrationResponses: responses }, { headers: accept ? { Accept: accept } : {} }), { statusCode: endpointStatus, headers: {}, body: '' });
    expect(ctx.response?.statusCode).toBe(status);
    expect(bodyText(ctx)).toBe(body);
    expect(headerMap(ctx.response!.headers)['Content-Type']).toEqual([contentType]);
  });

  it('adds the static header mapping and request ids, never X-Amzn-Trace-Id for MOCK', async () => {
    const ctx = await run(mockContext({ integrationResponses: responses }), { statusCode: 200, headers: {}, body: '' });
    const headers = headerMap(ctx.response!.headers);
    expect(headers['Access-Control-Allow-Origin']).toEqual(['*']);
    expect(headers['x-amzn-RequestId']).toEqual([ctx.requestId]);
    expect(headers['x-amz-apigw-id']).toEqual([ctx.extendedRequestId]);
    expect(Object.keys(headers)).not.toContain('X-Amzn-Trace-Id');
  });

  it('is API_CONFIGURATION_ERROR when nothing matches and there is no default', async () => {
    const ctx = mockContext({ integrationResponses: { '400': responses['400'] } });
    ctx.endpointResponse = { statusCode: 200, headers: {}, body: '' };
    expect(await thrownType(() => responseMappingStage(ctx))).toBe('API_CONFIGURATION_ERROR');
  });
});

describe('response-mapping stage: header mappings, templates and overrides', () => {
  const endpoint = (): EndpointResponse => ({
    statusCode: 201,
    headers: { 'content-type': 'application/json', 'x-upstream': 'u1', 'set-cookie': ['a=1', 'b=2'], date: 'Mon' },
    body: Buffer.from('{"pet":{"name":"Rex","tags":["a","b"]},"id":9}'),
  });
  const mapped = buildIntegrationResponse({
    statusCode: '202',
    responseParameters: {
      'method.response.header.X-From-Header': 'integration.response.header.X-Upstream',
      'method.response.header.X-Cookies': 'integration.response.multivalueheader.Set-Cookie',
      'method.response.header.X-Name': 'integration.response.body.pet.name',
      'method.response.header.X-Tags': 'integration.response.body.pet.tags',
      'method.response.header.X-Body': 'integration.response.body',
      'method.response.header.X-Stage': 'context.stage',
      'method.response.header.X-Color': 'stageVariables.color',
      'method.response.header.X-Static': "'fixed'",
      'method.response.header.X-Absent': 'integration.response.header.Nope',
      'method.response.header.Date': 'integration.response.header.Date',
    },
  });

  it('maps method.response.header.* from endpoint headers, body, JSONPath, context, stage variables and statics', async () => {
    const ctx = await run(mockContext({ integrationResponses: { '202': mapped } }, {}, { variables: { color: 'teal' } }), endpoint());
    const headers = headerMap(ctx.response!.headers);
    expect(ctx.response?.statusCode).toBe(202);
    expect(headers['X-From-Header']).toEqual(['u1']);
    expect(headers['X-Cookies']).toEqual(['a=1,b=2']);
    expect(headers['X-Name']).toEqual(['Rex']);
    expect(headers['X-Tags']).toEqual(['["a","b"]']);
    expect(headers['X-Body']).toEqual(['{"pet":{"name":"Rex","tags":["a","b"]},"id":9}']);
    expect(headers['X-Stage']).toEqual([ctx.stageName]);
    expect(headers['X-Color']).toEqual(['teal']);
    expect(headers['X-Static']).toEqual(['fixed']);
    expect(headers['X-Absent']).toBeUndefined();
    // Reserved names are renamed, never sent as they are (§1 row 10).
    expect(headers['x-amzn-Remapped-Date']).toEqual(['Mon']);
    expect(headers.Date).toBeUndefined();
    // Without a template the endpoint body passes through; Content-Type defaults to application/json.
    expect(bodyText(ctx)).toBe('{"pet":{"name":"Rex","tags":["a","b"]},"id":9}');
    expect(headers['Content-Type']).toEqual(['application/json']);
  });

  it('renders the response template with $input = the endpoint body, $input.params = the method request, $context, $stageVariables', async () => {
    const template = '#set($b = $input.path(\'$\'))\n{"name":"$b.pet.name","first":$input.json(\'$.pet.tags[0]\'),"id":"$input.params(\'id\')","q":"$input.params(\'q\')","h":"$input.params(\'X-H\')","api":"$context.apiId","color":"$stageVariables.color"}';
    const ctx = await run(mockContext(
      { integrationResponses: { '200': buildIntegrationResponse({ responseTemplates: { 'application/json': template } }) } },
      { headers: { 'X-H': 'hv' }, query: 'q=a%20b' }, { variables: { color: 'red' } },
    ), { ...endpoint(), statusCode: 200 });
    expect(JSON.parse(bodyText(ctx))).toEqual({ name: 'Rex', first: 'a', id: '7', q: 'a b', h: 'hv', api: ctx.restApiId, color: 'red' });
  });

  it('applies responseOverride.status and header from the response template', async () => {
    const template = '#set($context.responseOverride.status = 418)#set($context.responseOverride.header.X-Over = "yes")#set($context.responseOverride.header.x-static = "replaced"){}';
    const ctx = await run(mockContext({
      integrationResponses: { '200': buildIntegrationResponse({ responseParameters: { 'method.response.header.X-Static': "'orig'" }, responseTemplates: { 'application/json': template } }) },
    }), { statusCode: 200, headers: {}, body: '' });
    const headers = headerMap(ctx.response!.headers);
    expect(ctx.response?.statusCode).toBe(418);
    expect(headers['X-Over']).toEqual(['yes']);
    expect(headers['x-static']).toEqual(['replaced']);
    expect(headers['X-Static']).toBeUndefined();
  });

  it('applies a responseOverride set by the request template even without a response template', async () => {
    const ctx = mockContext({ integrationResponses: { '200': buildIntegrationResponse() } });
    ctx.responseOverride = { header: { foo: 'bar' }, querystring: {}, path: {}, status: 444 };
    await run(ctx, { statusCode: 200, headers: {}, body: '' });
    expect(ctx.response?.statusCode).toBe(444);
    expect(headerMap(ctx.response!.headers).foo).toEqual(['bar']);
  });

  it('ignores an out-of-range override status', async () => {
    const template = '#set($context.responseOverride.status = 99){}';
    const ctx = await run(mockContext({ integrationResponses: { '200': buildIntegrationResponse({ responseTemplates: { 'application/json': template } }) } }), { statusCode: 200, headers: {}, body: '' });
    expect(ctx.response?.statusCode).toBe(200);
  });

  it('turns a failing template into API_CONFIGURATION_ERROR', async () => {
    const template = '$util.parseJson("{not json")';
    const ctx = mockContext({ integrationResponses: { '200': buildIntegrationResponse({ responseTemplates: { 'application/json': template } }) } });
    ctx.endpointResponse = { statusCode: 200, headers: {}, body: '' };
    expect(await thrownType(() => responseMappingStage(ctx))).toBe('API_CONFIGURATION_ERROR');
  });

  it('buffers a streamed endpoint body the template needs, and streams one nothing reads', async () => {
    const withTemplate = mockContext({ integrationResponses: { '200': buildIntegrationResponse({ responseTemplates: { 'application/json': '$input.body' } }) } });
    await run(withTemplate, { statusCode: 200, headers: {}, body: Readable.from(['{"a"', ':1}']) });
    expect(bodyText(withTemplate)).toBe('{"a":1}');

    const stream = Readable.from(['raw']);
    const passthrough = await run(mockContext({ integrationResponses: { '200': buildIntegrationResponse() } }), { statusCode: 200, headers: {}, body: stream });
    expect(passthrough.response?.body).toBe(stream);
  });
});

describe('response-mapping stage: binary content handling (§11)', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0x00]);

  it.each([
    ['CONVERT_TO_TEXT base64-encodes a binary body', 'CONVERT_TO_TEXT', 'image/png', undefined, png, png.toString('base64')],
    ['no handling + non-binary Accept base64-encodes a binary body', undefined, 'image/png', 'application/json', png, png.toString('base64')],
    ['no handling + binary Accept keeps the binary body', undefined, 'image/png', 'image/png', png, png],
    ['CONVERT_TO_BINARY decodes a base64 text body', 'CONVERT_TO_BINARY', 'application/json', undefined, Buffer.from(png.toString('base64')), png],
  ] as const)('%s', async (_what, contentHandling, contentType, accept, body, expected) => {
    const ctx = await run(
      mockContext({ integrationResponses: { '200': buildIntegrationResponse({ contentHandling }) } }, { headers: accept ? { Accept: accept } : {} }, {}, ['image/png']),
      { statusCode: 200, headers: { 'content-type': contentType }, body },
    );
    const out = ctx.response?.body;
    expect(Buffer.isBuffer(out) ? out : Buffer.from(out as string)).toEqual(typeof expected === 'string' ? Buffer.from(expected) : expected);
  });

  it('is API_CONFIGURATION_ERROR (500) when CONVERT_TO_BINARY meets a body that is not base64', async () => {
    const ctx = mockContext({ integrationResponses: { '200': buildIntegrationResponse({ contentHandling: 'CONVERT_TO_BINARY' }) } });
    ctx.endpointResponse = { statusCode: 200, headers: { 'content-type': 'text/plain' }, body: Buffer.from('not base64!') };
    expect(await thrownType(() => responseMappingStage(ctx))).toBe('API_CONFIGURATION_ERROR');
  });
});

describe('response-mapping stage: non-proxy HTTP', () => {
  function httpContext(responseParameters: Record<string, string>): RequestContext {
    const integration = buildIntegration({
      type: 'HTTP', httpMethod: 'GET', uri: 'http://backend.example/x', requestTemplates: {},
      integrationResponses: { '200': buildIntegrationResponse({ responseParameters }) },
    });
    const snapshot = buildSnapshot({ resources: [buildResource('/h', { GET: buildMethod({ integration }) })] });
    return routedContext(snapshot, 'GET', '/h');
  }

  it('remaps the HTTP-only reserved names too, and returns the trace id sent to the backend', async () => {
    const ctx = await run(httpContext({
      'method.response.header.Authorization': 'integration.response.header.Authorization',
      'method.response.header.WWW-Authenticate': 'integration.response.header.WWW-Authenticate',
      'method.response.header.Connection': "'close'",
      'method.response.header.Transfer-Encoding': "'chunked'",
    }), { statusCode: 200, headers: { authorization: 'Bearer x', 'www-authenticate': 'Basic' }, body: Buffer.from('{}') });
    const headers = headerMap(ctx.response!.headers);
    expect(headers['x-amzn-Remapped-Authorization']).toEqual(['Bearer x']);
    expect(headers['x-amzn-Remapped-WWW-Authenticate']).toEqual(['Basic']);
    expect(headers['x-amzn-Remapped-Connection']).toEqual(['close']);
    expect(headers['Transfer-Encoding']).toBeUndefined();
    expect(headers.Authorization).toBeUndefined();
    expect(headers['X-Amzn-Trace-Id']).toEqual([`Root=1-${Math.floor(ctx.requestTimeEpoch / 1000).toString(16)}-${ctx.requestId.replace(/-/g, '').slice(0, 24)}`]);
  });

  it('keeps Authorization as it is for MOCK (only Connection, Content-Length, Date, Server are always remapped)', async () => {
    const ctx = await run(mockContext({ integrationResponses: { '200': buildIntegrationResponse({ responseParameters: { 'method.response.header.Authorization': "'a'", 'method.response.header.Server': "'s'" } }) } }), { statusCode: 200, headers: {}, body: '' });
    const headers = headerMap(ctx.response!.headers);
    expect(headers.Authorization).toEqual(['a']);
    expect(headers['x-amzn-Remapped-Server']).toEqual(['s']);
  });
});
