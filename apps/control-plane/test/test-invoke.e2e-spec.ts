import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  CreateModelCommand,
  CreateRequestValidatorCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  TestInvokeMethodCommand,
  type APIGatewayClient,
} from '@aws-sdk/client-api-gateway';
import { createRestApi, failure, withControlPlane } from './harness';

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A local backend that records each request and answers 201 with a JSON echo. */
async function startBackend(): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      res.writeHead(201, { 'Content-Type': 'application/json', 'X-Backend': 'stub' }).end(JSON.stringify({ echoed: body, path: req.url }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, server };
}

/** The log's messages without the `{date} : ` stamps (the first line, `Execution log for request ...`, kept). */
function logMessages(log: string | undefined): string[] {
  return (log ?? '').trimEnd().split('\n').map((line) => line.replace(/^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} UTC \d{4} : /, ''));
}

describe('TestInvokeMethod (real SDK, current undeployed API)', () => {
  let client: APIGatewayClient;
  let backend: Awaited<ReturnType<typeof startBackend>>;
  let restApiId: string;
  let rootId: string;
  let petId: string;
  let proxyId: string;

  beforeAll(async () => {
    backend = await startBackend();
  });
  afterAll(() => new Promise((resolve) => backend.server.close(resolve)));
  withControlPlane({ setup: async (f) => {
    client = f.client;
    ({ restApiId, rootId } = await createRestApi(client, 'test-invoke'));
    const pets = await client.send(new CreateResourceCommand({ restApiId, parentId: rootId, pathPart: 'pets' }));
    petId = (await client.send(new CreateResourceCommand({ restApiId, parentId: pets.id!, pathPart: '{petId}' }))).id!;
    proxyId = (await client.send(new CreateResourceCommand({ restApiId, parentId: rootId, pathPart: '{proxy+}' }))).id!;

    // GET /pets/{petId}: MOCK with a static response header, API key required (test invoke bypasses keys, as AWS).
    await client.send(new PutMethodCommand({ restApiId, resourceId: petId, httpMethod: 'GET', authorizationType: 'NONE', apiKeyRequired: true }));
    await client.send(new PutIntegrationCommand({ restApiId, resourceId: petId, httpMethod: 'GET', type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } }));
    await client.send(new PutMethodResponseCommand({ restApiId, resourceId: petId, httpMethod: 'GET', statusCode: '200', responseParameters: { 'method.response.header.X-Pet': false } }));
    await client.send(new PutIntegrationResponseCommand({
      restApiId, resourceId: petId, httpMethod: 'GET', statusCode: '200',
      responseParameters: { 'method.response.header.X-Pet': "'mocked'" }, responseTemplates: { 'application/json': '{"pet": "static"}' },
    }));

    // ANY /{proxy+}: HTTP_PROXY to the local backend, with a stage variable in the URI.
    await client.send(new PutMethodCommand({ restApiId, resourceId: proxyId, httpMethod: 'ANY', authorizationType: 'NONE', requestParameters: { 'method.request.path.proxy': true } }));
    await client.send(new PutIntegrationCommand({
      restApiId, resourceId: proxyId, httpMethod: 'ANY', type: 'HTTP_PROXY', integrationHttpMethod: 'ANY',
      uri: `${backend.url}/\${stageVariables.prefix}/{proxy}`, requestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy' },
    }));
  } });

  it('runs a MOCK method without deploying, with AWS\'s response shape and execution log', async () => {
    const result = await client.send(new TestInvokeMethodCommand({ restApiId, resourceId: petId, httpMethod: 'GET', pathWithQueryString: '/pets/42?color=brown', headers: { Accept: 'application/json' } }));
    expect(result.status).toBe(200);
    expect(result.body).toBe('{"pet": "static"}');
    expect(result.headers).toMatchObject({ 'X-Pet': 'mocked', 'Content-Type': 'application/json' });
    expect(result.multiValueHeaders).toMatchObject({ 'X-Pet': ['mocked'] });
    expect(typeof result.latency).toBe('number');
    const lines = logMessages(result.log);
    expect(lines[0]).toMatch(/^Execution log for request [0-9a-f-]{36}$/);
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^Starting execution for request: [0-9a-f-]{36}$/),
      'HTTP Method: GET, Resource Path: /pets/{petId}',
      'Method request path: {petId=42}',
      'Method request query string: {color=brown}',
      'Method request headers: {Accept=application/json}',
      'Method request body before transformations: ',
      'Method response body after transformations: {"pet": "static"}',
      expect.stringMatching(/^Method response headers: \{.*X-Pet=mocked.*\}$/),
      'Successfully completed execution',
      'Method completed with status: 200',
    ]);
    expect(result.log).toMatch(/\n[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} UTC \d{4} : Method completed with status: 200\n$/);
  });

  it('calls an HTTP_PROXY backend with the test request and reports its answer', async () => {
    const before = backend.received.length;
    const result = await client.send(new TestInvokeMethodCommand({
      restApiId, resourceId: proxyId, httpMethod: 'PUT', pathWithQueryString: '/orders/7?expand=items',
      body: '{"qty":2}', headers: { 'Content-Type': 'application/json', 'X-Client': 'sdk' }, stageVariables: { prefix: 'v1' },
    }));
    expect(backend.received).toHaveLength(before + 1);
    const sent = backend.received[before];
    expect(sent.method).toBe('PUT');
    expect(sent.url).toBe('/v1/orders/7?expand=items');
    expect(sent.body).toBe('{"qty":2}');
    expect(sent.headers['x-client']).toBe('sdk');
    expect(result.status).toBe(201);
    expect(JSON.parse(result.body!)).toEqual({ echoed: '{"qty":2}', path: '/v1/orders/7?expand=items' });
    expect(result.headers).toMatchObject({ 'x-backend': 'stub', 'content-type': 'application/json' });
    expect(result.headers!['X-Amzn-Trace-Id']).toMatch(/^Root=1-[0-9a-f]+-[0-9a-f]{24}$/);
    const lines = logMessages(result.log);
    const uri = `${backend.url}/v1/orders/7?expand=items`;
    expect(lines).toEqual(expect.arrayContaining([
      'HTTP Method: PUT, Resource Path: /{proxy+}',
      'Method request path: {proxy=orders/7}',
      'Method request query string: {expand=items}',
      'Method request body before transformations: {"qty":2}',
      `Endpoint request URI: ${uri}`,
      'Endpoint request body after transformations: {"qty":2}',
      `Sending request to ${uri}`,
      'Endpoint response body before transformations: {"echoed":"{\\"qty\\":2}","path":"/v1/orders/7?expand=items"}',
      'Successfully completed execution',
      'Method completed with status: 201',
    ]));
    expect(lines.find((line) => line.startsWith('Received response.'))).toMatch(/^Received response\. Status: 201, Integration latency: \d+ ms$/);
    expect(lines.find((line) => line.startsWith('Endpoint request headers: '))).toMatch(/X-Client=sdk/);
    expect(lines.find((line) => line.startsWith('Endpoint response headers: '))).toMatch(/x-backend=stub/);
  });

  it('runs VTL mapping templates on both sides of a non-proxy HTTP integration (request template, $context, $stageVariables, response template)', async () => {
    const mappedId = (await client.send(new CreateResourceCommand({ restApiId, parentId: rootId, pathPart: 'mapped' }))).id!;
    await client.send(new PutMethodCommand({ restApiId, resourceId: mappedId, httpMethod: 'POST', authorizationType: 'NONE' }));
    await client.send(new PutIntegrationCommand({
      restApiId, resourceId: mappedId, httpMethod: 'POST', type: 'HTTP', integrationHttpMethod: 'POST', uri: `${backend.url}/transform`,
      requestTemplates: { 'application/json': '{"name": $input.json(\'$.name\'), "stage": "$context.stage", "tier": "$stageVariables.tier", "q": "$input.params(\'q\')"}' },
    }));
    await client.send(new PutMethodResponseCommand({ restApiId, resourceId: mappedId, httpMethod: 'POST', statusCode: '200' }));
    await client.send(new PutIntegrationResponseCommand({
      restApiId, resourceId: mappedId, httpMethod: 'POST', statusCode: '200', selectionPattern: '',
      responseTemplates: { 'application/json': '#set($sent = $util.parseJson($input.path(\'$.echoed\')))\n{"greeting": "hello $sent.name", "path": "$input.path(\'$.path\')"}' },
    }));
    const before = backend.received.length;
    const result = await client.send(new TestInvokeMethodCommand({
      restApiId, resourceId: mappedId, httpMethod: 'POST', pathWithQueryString: '/mapped?q=search',
      body: '{"name":"Rex","ignored":true}', headers: { 'Content-Type': 'application/json' }, stageVariables: { tier: 'gold' },
    }));
    const sent = JSON.parse(backend.received[before].body) as Record<string, unknown>;
    expect(sent).toEqual({ name: 'Rex', stage: 'test-invoke-stage', tier: 'gold', q: 'search' });
    expect(result.status).toBe(200);
    expect(JSON.parse(result.body!)).toEqual({ greeting: 'hello Rex', path: '/transform' });
    const lines = logMessages(result.log);
    expect(lines).toContain(`Endpoint request body after transformations: ${backend.received[before].body}`);
    expect(lines).toContain(`Method response body after transformations: ${result.body}`);
    expect(lines).toContain('Method completed with status: 200');
  });

  it('validates the request like a deployed stage (BAD_REQUEST_BODY) and logs the gateway response', async () => {
    const api = restApiId;
    const validatedId = (await client.send(new CreateResourceCommand({ restApiId: api, parentId: rootId, pathPart: 'validated' }))).id!;
    const validator = await client.send(new CreateRequestValidatorCommand({ restApiId: api, name: 'body', validateRequestBody: true }));
    await client.send(new CreateModelCommand({
      restApiId: api, name: 'Pet', contentType: 'application/json',
      schema: JSON.stringify({ $schema: 'http://json-schema.org/draft-04/schema#', type: 'object', required: ['name'], properties: { name: { type: 'string' } } }),
    }));
    await client.send(new PutMethodCommand({ restApiId: api, resourceId: validatedId, httpMethod: 'POST', authorizationType: 'NONE', requestValidatorId: validator.id, requestModels: { 'application/json': 'Pet' } }));
    await client.send(new PutIntegrationCommand({ restApiId: api, resourceId: validatedId, httpMethod: 'POST', type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } }));
    await client.send(new PutMethodResponseCommand({ restApiId: api, resourceId: validatedId, httpMethod: 'POST', statusCode: '200' }));
    await client.send(new PutIntegrationResponseCommand({ restApiId: api, resourceId: validatedId, httpMethod: 'POST', statusCode: '200' }));
    const refused = await client.send(new TestInvokeMethodCommand({ restApiId: api, resourceId: validatedId, httpMethod: 'POST', body: '{"age":3}', headers: { 'Content-Type': 'application/json' } }));
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.body!)).toEqual({ message: 'Invalid request body' });
    expect(logMessages(refused.log)).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Request body does not match model schema for content type application\/json: /),
      'Gateway response type: BAD_REQUEST_BODY with status code: 400',
      'Method completed with status: 400',
    ]));
    const accepted = await client.send(new TestInvokeMethodCommand({ restApiId: api, resourceId: validatedId, httpMethod: 'POST', body: '{"name":"Rex"}', headers: { 'Content-Type': 'application/json' } }));
    expect(accepted.status).toBe(200);
  });

  it('answers an unreachable backend with the gateway response a deployed stage would give, and logs why', async () => {
    const deadId = (await client.send(new CreateResourceCommand({ restApiId, parentId: rootId, pathPart: 'dead' }))).id!;
    await client.send(new PutMethodCommand({ restApiId, resourceId: deadId, httpMethod: 'GET', authorizationType: 'NONE' }));
    // Port 1 on loopback: nothing listens, the connection is refused at once.
    await client.send(new PutIntegrationCommand({ restApiId, resourceId: deadId, httpMethod: 'GET', type: 'HTTP_PROXY', integrationHttpMethod: 'GET', uri: 'http://127.0.0.1:1/' }));
    const result = await client.send(new TestInvokeMethodCommand({ restApiId, resourceId: deadId, httpMethod: 'GET' }));
    expect(result.status).toBe(500);
    expect(JSON.parse(result.body!)).toEqual({ message: 'Internal server error' });
    const lines = logMessages(result.log);
    expect(lines).toContain('Sending request to http://127.0.0.1:1/');
    expect(lines).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Execution failed due to configuration error: .*ECONNREFUSED/),
      'Gateway response type: INTEGRATION_FAILURE with status code: 500',
      'Method completed with status: 500',
    ]));
  });

  it('refuses a missing API, resource or method with NotFoundException', async () => {
    expect(await failure(client.send(new TestInvokeMethodCommand({ restApiId, resourceId: petId, httpMethod: 'POST' }))))
      .toEqual({ name: 'NotFoundException', message: 'Invalid Method identifier specified', status: 404 });
    expect(await failure(client.send(new TestInvokeMethodCommand({ restApiId, resourceId: 'nope000000', httpMethod: 'GET' }))))
      .toEqual({ name: 'NotFoundException', message: 'Invalid Resource identifier specified', status: 404 });
    expect(await failure(client.send(new TestInvokeMethodCommand({ restApiId: 'nope000000', resourceId: petId, httpMethod: 'GET' }))))
      .toMatchObject({ name: 'NotFoundException', status: 404 });
    expect(await failure(client.send(new TestInvokeMethodCommand({ restApiId, resourceId: petId, httpMethod: 'GET', clientCertificateId: 'nope000000' }))))
      .toEqual({ name: 'NotFoundException', message: 'Invalid Client Certificate identifier specified', status: 404 });
  });

  it('refuses an API that would not deploy with the deployment compiler\'s BadRequestException', async () => {
    const api = await client.send(new CreateRestApiCommand({ name: 'not-deployable' }));
    await client.send(new PutMethodCommand({ restApiId: api.id!, resourceId: api.rootResourceId!, httpMethod: 'GET', authorizationType: 'NONE' }));
    const refused = await failure(client.send(new TestInvokeMethodCommand({ restApiId: api.id!, resourceId: api.rootResourceId!, httpMethod: 'GET' })));
    expect(refused).toMatchObject({ name: 'BadRequestException', status: 400 });
    expect(refused.message).toMatch(/integration/i);
  });
});
