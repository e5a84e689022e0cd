import type { SnapshotIntegration, PassthroughBehavior } from '@tollgate/model';
import { buildIntegration, buildMethod, buildResource, buildSnapshot } from '@tollgate/testing';
import { routedContext, thrownType, type FakeRequestInit } from '../context.fixture';
import type { IntegrationRequest, RequestContext } from '../pipeline/context';
import { requestMappingStage } from '../pipeline/stages/request-mapping.stage';

type HttpRequest = Extract<IntegrationRequest, { kind: 'http' }>;

function httpIntegration(overrides: Partial<SnapshotIntegration> = {}): SnapshotIntegration {
  return buildIntegration({ type: 'HTTP', httpMethod: 'POST', uri: 'http://backend.internal:8080/pets/{id}', requestTemplates: {}, ...overrides });
}

function context(integration: SnapshotIntegration, init: FakeRequestInit & { query?: string } = {}, variables: Record<string, string> = {}, binaryMediaTypes: string[] = []): RequestContext {
  const snapshot = buildSnapshot({
    restApiId: 'abc123defg',
    binaryMediaTypes,
    resources: [buildResource('/pets/{petId}', { POST: buildMethod({ integration }) })],
  });
  const ctx = routedContext(snapshot, 'POST', '/pets/42', init, { variables });
  ctx.rawQuery = init.query ?? '';
  return ctx;
}

async function mapped(ctx: RequestContext): Promise<HttpRequest> {
  await requestMappingStage(ctx);
  const request = ctx.integrationRequest;
  if (request?.kind !== 'http') throw new Error('expected an http integration request');
  return request;
}

function header(request: HttpRequest, name: string): string[] {
  const values: string[] = [];
  for (let i = 0; i < request.headers.length; i += 2) if (request.headers[i].toLowerCase() === name.toLowerCase()) values.push(request.headers[i + 1]);
  return values;
}

describe('request-mapping stage: non-proxy HTTP', () => {
  it('renders the request template with $input, $context, $stageVariables and $util as the body', async () => {
    const template = '{"name": $input.json(\'$.name\'), "id": "$input.params(\'petId\')", "q": "$input.params(\'q\')", '
      + '"stage": "$context.stage", "api": "$context.apiId", "v": "$stageVariables.env", "enc": "$util.urlEncode(\'a b\')", "m": "$context.httpMethod"}';
    const ctx = context(httpIntegration({ requestTemplates: { 'application/json': template } }), {
      headers: { 'Content-Type': 'application/json' }, body: '{"name":"rex"}', query: 'q=a%20b',
    }, { env: 'test' });
    const request = await mapped(ctx);
    expect(JSON.parse(request.body!.toString())).toEqual({ name: 'rex', id: '42', q: 'a b', stage: ctx.stageName, api: 'abc123defg', v: 'test', enc: 'a+b', m: 'POST' });
    expect(request.method).toBe('POST');
    expect(request.origin).toBe('http://backend.internal:8080');
  });

  it('maps path, query and header parameters from every request source, and renders the URI with stage variables', async () => {
    const ctx = context(httpIntegration({
      uri: 'http://${stageVariables.host}/v1/pets/{id}?fixed=1',
      httpMethod: 'GET',
      requestParameters: {
        'integration.request.path.id': 'method.request.path.petId',
        'integration.request.querystring.kind': 'method.request.querystring.type',
        'integration.request.querystring.all': 'method.request.multivaluequerystring.tag',
        'integration.request.header.X-Client': 'method.request.header.X-Client-Id',
        'integration.request.header.X-Static': "'fixed value'",
        'integration.request.header.X-Stage': 'context.stage',
        'integration.request.header.X-Var': 'stageVariables.flavour',
        'integration.request.querystring.name': 'method.request.body.pet.name',
      },
    }), { headers: { 'X-Client-Id': 'c-1', 'Content-Type': 'application/json' }, body: '{"pet":{"name":"rex"}}', query: 'type=dog&tag=a&tag=b%20c' }, { host: 'api.example.com:81', flavour: 'mint' });
    const request = await mapped(ctx);
    expect(request.origin).toBe('http://api.example.com:81');
    expect(request.path).toBe('/v1/pets/42?fixed=1&kind=dog&all=a&all=b%20c&name=rex');
    expect(request.method).toBe('GET');
    expect(request.body).toBeUndefined();
    expect(header(request, 'X-Client')).toEqual(['c-1']);
    expect(header(request, 'X-Static')).toEqual(['fixed value']);
    expect(header(request, 'X-Stage')).toEqual([ctx.stageName]);
    expect(header(request, 'X-Var')).toEqual(['mint']);
  });

  it('sends only mapped headers plus the AWS defaults (Accept, User-Agent, Content-Type, trace and api ids)', async () => {
    const ctx = context(httpIntegration(), { headers: { 'Content-Type': 'text/plain', 'X-Secret': 's', Cookie: 'a=b' }, body: 'hello' });
    const request = await mapped(ctx);
    const names = request.headers.filter((_v, i) => i % 2 === 0).map((n) => n.toLowerCase()).sort();
    expect(names).toEqual(['accept', 'content-type', 'user-agent', 'x-amzn-apigateway-api-id', 'x-amzn-trace-id']);
    expect(header(request, 'Accept')).toEqual(['application/json']);
    expect(header(request, 'User-Agent')).toEqual(['AmazonAPIGateway_abc123defg']);
    expect(header(request, 'Content-Type')).toEqual(['text/plain']);
    expect(header(request, 'X-Amzn-Trace-Id')[0]).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24}$/);
    expect(request.body?.toString()).toBe('hello');
  });

  it('applies requestOverride from the template over the mappings', async () => {
    const template = '#set($context.requestOverride.header.X-Mapped = "over")#set($context.requestOverride.querystring.page = "2")'
      + '#set($context.requestOverride.path.id = "99")#set($context.responseOverride.status = 202){}';
    const ctx = context(httpIntegration({
      requestTemplates: { 'application/json': template },
      requestParameters: { 'integration.request.header.x-mapped': "'mapped'", 'integration.request.path.id': 'method.request.path.petId' },
    }));
    const request = await mapped(ctx);
    expect(header(request, 'X-Mapped')).toEqual(['over']);
    expect(request.path).toBe('/pets/99?page=2');
    expect(ctx.responseOverride).toMatchObject({ status: 202 });
  });

  it.each<[string, PassthroughBehavior, Record<string, string>, string | undefined, string | undefined]>([
    ['WHEN_NO_MATCH passes an unmatched type through', 'WHEN_NO_MATCH', { 'application/json': '{"t":1}' }, 'text/plain', 'raw body'],
    ['a missing Content-Type selects application/json', 'NEVER', { 'application/json': '{"t":1}' }, undefined, '{"t":1}'],
    ['WHEN_NO_TEMPLATES passes through when there are none', 'WHEN_NO_TEMPLATES', {}, 'text/plain', 'raw body'],
    ['the template is chosen ignoring case and parameters', 'NEVER', { 'text/plain': 'plain' }, 'Text/Plain; charset=utf-8', 'plain'],
  ])('%s', async (_what, passthroughBehavior, requestTemplates, contentType, expected) => {
    const ctx = context(httpIntegration({ passthroughBehavior, requestTemplates }), { headers: contentType ? { 'Content-Type': contentType } : {}, body: 'raw body' });
    expect((await mapped(ctx)).body?.toString()).toBe(expected);
  });

  it.each<[PassthroughBehavior, Record<string, string>]>([
    ['NEVER', {}],
    ['NEVER', { 'application/json': '{}' }],
    ['WHEN_NO_TEMPLATES', { 'application/json': '{}' }],
  ])('is UNSUPPORTED_MEDIA_TYPE for an unmatched Content-Type with %s and %j', async (passthroughBehavior, requestTemplates) => {
    const ctx = context(httpIntegration({ passthroughBehavior, requestTemplates }), { headers: { 'Content-Type': 'text/xml' }, body: '<a/>' });
    expect(await thrownType(() => requestMappingStage(ctx))).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('is REQUEST_TOO_LARGE for a declared body over 10 MB, before reading it', async () => {
    const ctx = context(httpIntegration(), { headers: { 'Content-Length': String(10 * 1024 * 1024 + 1) } });
    expect(await thrownType(() => requestMappingStage(ctx))).toBe('REQUEST_TOO_LARGE');
  });

  it('is a 400 (DEFAULT_4XX, Invalid JSON in request body) when a body mapping meets broken JSON', async () => {
    const ctx = context(httpIntegration({ requestParameters: { 'integration.request.header.x': 'method.request.body.a' } }), { body: '{"a": ' });
    await expect(Promise.resolve().then(() => requestMappingStage(ctx))).rejects.toMatchObject({ type: 'DEFAULT_4XX', customMessage: 'Invalid JSON in request body' });
  });

  it.each([
    ['a template that fails at render time', { requestTemplates: { 'application/json': '#foreach($i in [1..200000])x#end' } }],
    ['a mapping onto a reserved header', { requestParameters: { 'integration.request.header.Content-Length': "'5'" } }],
    ['a URI that does not render to a URL', { uri: '${stageVariables.nothing}/x' }],
  ])('is API_CONFIGURATION_ERROR (500) for %s', async (_what, overrides) => {
    const ctx = context(httpIntegration(overrides as Partial<SnapshotIntegration>), { body: '{}' });
    expect(await thrownType(() => requestMappingStage(ctx))).toBe('API_CONFIGURATION_ERROR');
  });

  it('does not read the body for a static template without body mappings (stays sync)', () => {
    const ctx = context(httpIntegration({ requestTemplates: { 'application/json': '{"fixed": true}' } }), { body: '{"ignored": 1}' });
    expect(requestMappingStage(ctx)).toBeUndefined();
    expect(ctx.requestBody).toBeUndefined();
    expect((ctx.integrationRequest as HttpRequest).body?.toString()).toBe('{"fixed": true}');
  });

  it("uses the integration's timeoutInMillis", async () => {
    const ctx = context(httpIntegration({ timeoutInMillis: 50 }));
    expect((await mapped(ctx)).timeoutMs).toBe(50);
  });

  describe('binary bodies (binaryMediaTypes, contentHandling)', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0x00]);

    it('passes a binary body through unchanged', async () => {
      const ctx = context(httpIntegration(), { headers: { 'Content-Type': 'image/png' }, body: png }, {}, ['image/*']);
      expect((await mapped(ctx)).body).toEqual(png);
    });

    it('base64-encodes a binary body for a template with CONVERT_TO_TEXT', async () => {
      const ctx = context(httpIntegration({ contentHandling: 'CONVERT_TO_TEXT', requestTemplates: { 'image/png': '{"data": "$input.body"}' } }), {
        headers: { 'Content-Type': 'image/png' }, body: 'abc',
      }, {}, ['image/png']);
      expect(JSON.parse((await mapped(ctx)).body!.toString())).toEqual({ data: Buffer.from('abc').toString('base64') });
    });

    it('base64-decodes a text body with CONVERT_TO_BINARY', async () => {
      const ctx = context(httpIntegration({ contentHandling: 'CONVERT_TO_BINARY' }), { headers: { 'Content-Type': 'text/plain' }, body: Buffer.from('bytes!').toString('base64') });
      expect((await mapped(ctx)).body?.toString()).toBe('bytes!');
    });

    it('is API_CONFIGURATION_ERROR when CONVERT_TO_BINARY meets text that is not base64', async () => {
      const ctx = context(httpIntegration({ contentHandling: 'CONVERT_TO_BINARY' }), { headers: { 'Content-Type': 'text/plain' }, body: 'not base64!' });
      expect(await thrownType(() => requestMappingStage(ctx))).toBe('API_CONFIGURATION_ERROR');
    });
  });
});
