import { Readable } from 'node:stream';
import { buildHttpProxyIntegration, buildIntegration, buildMethod, buildResource, buildSnapshot } from '@tollgate/testing';
import { routedContext, thrownType } from '../../context.fixture';
import { requestMappingStage } from './request-mapping.stage';

function proxySnapshot(uri: string, overrides = {}) {
  return buildSnapshot({
    restApiId: 'abc123defg',
    resources: [
      buildResource('/items/{proxy+}', { ANY: buildMethod({ integration: buildHttpProxyIntegration(uri, overrides) }) }),
      buildResource('/pets/{petId}', { GET: buildMethod({ integration: buildHttpProxyIntegration(uri, overrides) }) }),
    ],
  });
}

describe('request-mapping stage: HTTP_PROXY', () => {
  it('renders {proxy} and the raw query into the upstream path, keeping method and filtered headers', () => {
    const ctx = routedContext(proxySnapshot('http://backend.internal:8080/api/{proxy}'), 'POST', '/items/a%20b//c', {
      headers: { Host: 'x.execute-api.localhost', 'Content-Type': 'application/json', 'Content-Length': '2', Connection: 'keep-alive', 'Accept-Encoding': 'gzip', 'X-Keep': '1' },
      body: '{}',
    });
    ctx.rawQuery = 'a=1&a=2';

    requestMappingStage(ctx);

    const request = ctx.integrationRequest;
    if (request?.kind !== 'http') throw new Error('expected an http integration request');
    expect(request.origin).toBe('http://backend.internal:8080');
    expect(request.path).toBe('/api/a%20b//c?a=1&a=2');
    expect(request.method).toBe('POST');
    expect(request.body).toBe(ctx.req);
    const names = request.headers.filter((_v, i) => i % 2 === 0).map((n) => n.toLowerCase());
    expect(names).toEqual(expect.arrayContaining(['content-type', 'content-length', 'x-keep', 'x-forwarded-for', 'x-forwarded-proto', 'x-amzn-trace-id', 'x-amzn-apigateway-api-id']));
    expect(names).not.toContain('host');
    expect(names).not.toContain('connection');
    expect(names).not.toContain('accept-encoding');
  });

  it('appends the client query to a URI that has its own, maps path parameters and uses the integration verb', () => {
    const ctx = routedContext(proxySnapshot('http://b/pets/{id}?src=gw', {
      httpMethod: 'GET', requestParameters: { 'integration.request.path.id': 'method.request.path.petId' },
    }), 'GET', '/pets/7');
    ctx.rawQuery = 'x=1';
    requestMappingStage(ctx);
    expect(ctx.integrationRequest).toMatchObject({ kind: 'http', origin: 'http://b', path: '/pets/7?src=gw&x=1', method: 'GET', body: undefined });
  });

  it('resolves a stage variable in the host per request, and caps the timeout', () => {
    const ctx = routedContext(proxySnapshot('https://${stageVariables.host}/v1/{petId}', { timeoutInMillis: 29_000 }), 'GET', '/pets/9', {}, { variables: { host: 'api.example.com:8443' } });
    (ctx.services as { integrationTimeoutCapMs: number }).integrationTimeoutCapMs = 5_000;
    requestMappingStage(ctx);
    expect(ctx.integrationRequest).toMatchObject({ origin: 'https://api.example.com:8443', path: '/v1/9', timeoutMs: 5_000 });
  });

  it('is API_CONFIGURATION_ERROR when a stage-variable host does not form a URL', async () => {
    const ctx = routedContext(proxySnapshot('${stageVariables.missing}/x'), 'GET', '/pets/1');
    expect(await thrownType(() => requestMappingStage(ctx))).toBe('API_CONFIGURATION_ERROR');
  });

  it('merges header and query mappings into the passthrough request, the mapped header replacing the client one', () => {
    const ctx = routedContext(proxySnapshot('http://b/pets/{petId}', {
      requestParameters: {
        'integration.request.header.X-Tenant': "'acme'",
        'integration.request.header.x-client': 'method.request.querystring.client',
        'integration.request.querystring.stage': 'context.stage',
      },
    }), 'GET', '/pets/3', { headers: { 'X-Client': 'from-client' } });
    ctx.rawQuery = 'client=web';
    requestMappingStage(ctx);
    const request = ctx.integrationRequest;
    if (request?.kind !== 'http') throw new Error('expected an http integration request');
    expect(request.path).toBe(`/pets/3?client=web&stage=${ctx.stageName}`);
    const pairs = request.headers.flatMap((value, i) => (i % 2 === 0 ? [[value.toLowerCase(), request.headers[i + 1]]] : []));
    expect(pairs).toEqual(expect.arrayContaining([['x-tenant', 'acme'], ['x-client', 'web']]));
    expect(pairs).not.toContainEqual(['x-client', 'from-client']);
  });

  it('is REQUEST_TOO_LARGE over 10 MB', async () => {
    const ctx = routedContext(proxySnapshot('http://b/{proxy}'), 'POST', '/items/x', { headers: { 'Content-Length': String(11 * 1024 * 1024) } });
    expect(await thrownType(() => requestMappingStage(ctx))).toBe('REQUEST_TOO_LARGE');
  });
});

describe('request-mapping stage: MOCK', () => {
  function mockSnapshot(requestTemplates: Record<string, string>, passthroughBehavior: 'WHEN_NO_MATCH' | 'WHEN_NO_TEMPLATES' | 'NEVER' = 'WHEN_NO_MATCH') {
    return buildSnapshot({ resources: [buildResource('/m', { POST: buildMethod({ integration: buildIntegration({ requestTemplates, passthroughBehavior }) }) })] });
  }

  it.each([
    ['application/json when Content-Type is missing', { 'application/json': '{"statusCode": 201}' }, undefined, 201],
    ['by Content-Type, ignoring parameters and case', { 'text/plain': '{"statusCode": 202}' }, 'Text/Plain; charset=utf-8', 202],
    ["CDK's lenient {statusCode: 200}", { 'application/json': '{statusCode: 200}' }, undefined, 200],
  ])('selects the template %s', (_what, templates, contentType, expected) => {
    const ctx = routedContext(mockSnapshot(templates), 'POST', '/m', { headers: contentType ? { 'Content-Type': contentType } : {} });
    expect(requestMappingStage(ctx)).toBeUndefined();
    expect(ctx.integrationRequest).toEqual({ kind: 'mock', statusCode: expected });
  });

  it('passes the body through when no template matches (WHEN_NO_MATCH)', async () => {
    const ctx = routedContext(mockSnapshot({ 'application/json': '{"statusCode": 200}' }), 'POST', '/m', { headers: { 'Content-Type': 'text/plain' }, body: '{"statusCode": 404}' });
    await requestMappingStage(ctx);
    expect(ctx.integrationRequest).toEqual({ kind: 'mock', statusCode: 404 });
    expect(ctx.requestBody?.toString()).toBe('{"statusCode": 404}');
  });

  it.each([
    ['NEVER', { 'application/json': '{"statusCode": 200}' }],
    ['WHEN_NO_TEMPLATES', { 'application/json': '{"statusCode": 200}' }],
  ] as const)('is UNSUPPORTED_MEDIA_TYPE for an unmatched Content-Type with %s', async (behavior, templates) => {
    const ctx = routedContext(mockSnapshot(templates, behavior), 'POST', '/m', { headers: { 'Content-Type': 'text/xml' } });
    expect(await thrownType(() => requestMappingStage(ctx))).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it.each([
    ['no statusCode', '{"nope": 1}'],
    ['a non-integer statusCode', '{"statusCode": "abc"}'],
    ['not JSON at all', 'hello'],
  ])('is API_CONFIGURATION_ERROR for a template with %s', async (_what, template) => {
    const ctx = routedContext(mockSnapshot({ 'application/json': template }), 'POST', '/m');
    expect(await thrownType(() => requestMappingStage(ctx))).toBe('API_CONFIGURATION_ERROR');
  });

  it('is API_CONFIGURATION_ERROR for integration types not supported yet', async () => {
    const snapshot = buildSnapshot({ resources: [buildResource('/l', { GET: buildMethod({ integration: buildIntegration({ type: 'AWS_PROXY' }) }) })] });
    expect(await thrownType(() => requestMappingStage(routedContext(snapshot, 'GET', '/l')))).toBe('API_CONFIGURATION_ERROR');
  });

  it('renders a dynamic template with VTL and keeps its responseOverride for the response phase', async () => {
    const template = '#set($code = $input.path(\'$.want\'))#set($context.responseOverride.status = 444)#set($context.responseOverride.header.foo = "bar"){"statusCode": $code}';
    const ctx = routedContext(mockSnapshot({ 'application/json': template }), 'POST', '/m', { body: '{"want": 201}' });
    await requestMappingStage(ctx);
    expect(ctx.integrationRequest).toEqual({ kind: 'mock', statusCode: 201 });
    expect(ctx.responseOverride).toMatchObject({ status: 444, header: { foo: 'bar' } });
    expect(ctx.requestOverride).toBeUndefined();
  });

  it('renders $context, $stageVariables and $input.params in a MOCK template', async () => {
    const template = '#if($context.httpMethod == "POST" && $stageVariables.mode == "on" && $input.params(\'x\') == "1"){"statusCode": 202}#else{"statusCode": 500}#end';
    const ctx = routedContext(mockSnapshot({ 'application/json': template }), 'POST', '/m', {}, { variables: { mode: 'on' } });
    ctx.rawQuery = 'x=1';
    await requestMappingStage(ctx);
    expect(ctx.integrationRequest).toEqual({ kind: 'mock', statusCode: 202 });
  });

  it('does not read a streamed body for a template match', () => {
    const ctx = routedContext(mockSnapshot({ 'application/json': '{"statusCode": 200}' }), 'POST', '/m', { body: 'x' });
    requestMappingStage(ctx);
    expect((ctx.req as unknown as Readable).readableEnded).toBe(false);
  });
});
