import {
  CreateDeploymentCommand, CreateResourceCommand, CreateRestApiCommand, GetResourcesCommand, PutGatewayResponseCommand,
  PutIntegrationCommand, PutIntegrationResponseCommand, PutMethodCommand, PutMethodResponseCommand, type APIGatewayClient,
} from '@aws-sdk/client-api-gateway';
import { eventually, invokeHttps, startSystem, startUpstream, type RunningSystem } from '../src';

jest.setTimeout(90_000);

const CORS_HEADERS = 'Content-Type,X-Amz-Date,Authorization,X-Api-Key';

async function method(sdk: APIGatewayClient, restApiId: string, resourceId: string, httpMethod: string, responseHeaders: string[]): Promise<void> {
  await sdk.send(new PutMethodCommand({ restApiId, resourceId, httpMethod, authorizationType: 'NONE' }));
  await sdk.send(new PutMethodResponseCommand({
    restApiId, resourceId, httpMethod, statusCode: '200',
    responseParameters: Object.fromEntries(responseHeaders.map((name) => [`method.response.header.${name}`, false])),
  }));
}

describe('response side through the SDK: response templates, header mappings, gateway responses, CORS (HTTPS)', () => {
  let system: RunningSystem;
  let upstream: Awaited<ReturnType<typeof startUpstream>>;
  let host: string;

  beforeAll(async () => {
    [system, upstream] = await Promise.all([startSystem(), startUpstream()]);
    const sdk = system.sdk();
    const restApiId = (await sdk.send(new CreateRestApiCommand({ name: 'response-side' }))).id!;
    host = `${restApiId}.execute-api.us-east-1.localhost`;
    const { items } = await sdk.send(new GetResourcesCommand({ restApiId }));
    const rootId = items!.find((r) => r.path === '/')!.id!;

    // /mock: GET (MOCK, VTL response template, header mappings) and OPTIONS (the console's CORS preflight)
    const mockId = (await sdk.send(new CreateResourceCommand({ restApiId, parentId: rootId, pathPart: 'mock' }))).id!;
    await method(sdk, restApiId, mockId, 'GET', ['X-Mock', 'Access-Control-Allow-Origin']);
    await sdk.send(new PutIntegrationCommand({
      restApiId, resourceId: mockId, httpMethod: 'GET', type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' },
    }));
    await sdk.send(new PutIntegrationResponseCommand({
      restApiId, resourceId: mockId, httpMethod: 'GET', statusCode: '200',
      responseParameters: { 'method.response.header.X-Mock': "'yes'", 'method.response.header.Access-Control-Allow-Origin': "'*'" },
      responseTemplates: {
        'application/json': '{"stage":"$context.stage","color":"$stageVariables.color","q":"$input.params(\'q\')","api":"$context.apiId"}',
        'text/plain': 'stage=$context.stage',
      },
    }));
    await method(sdk, restApiId, mockId, 'OPTIONS', ['Access-Control-Allow-Headers', 'Access-Control-Allow-Methods', 'Access-Control-Allow-Origin']);
    await sdk.send(new PutIntegrationCommand({
      restApiId, resourceId: mockId, httpMethod: 'OPTIONS', type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' },
    }));
    await sdk.send(new PutIntegrationResponseCommand({
      restApiId, resourceId: mockId, httpMethod: 'OPTIONS', statusCode: '200',
      responseParameters: {
        'method.response.header.Access-Control-Allow-Headers': `'${CORS_HEADERS}'`,
        'method.response.header.Access-Control-Allow-Methods': "'GET,OPTIONS'",
        'method.response.header.Access-Control-Allow-Origin': "'https://app.example'",
      },
      responseTemplates: { 'application/json': '' },
    }));

    // /backend: non-proxy HTTP; the stub answers 201, selected by a full-match pattern and mapped to 200
    const backendId = (await sdk.send(new CreateResourceCommand({ restApiId, parentId: rootId, pathPart: 'backend' }))).id!;
    await method(sdk, restApiId, backendId, 'GET', ['X-Backend']);
    await sdk.send(new PutIntegrationCommand({
      restApiId, resourceId: backendId, httpMethod: 'GET', type: 'HTTP', integrationHttpMethod: 'GET', uri: `${upstream.url}/thing`,
    }));
    await sdk.send(new PutIntegrationResponseCommand({
      restApiId, resourceId: backendId, httpMethod: 'GET', statusCode: '200', selectionPattern: '2\\d\\d',
      responseParameters: { 'method.response.header.X-Backend': 'integration.response.header.x-backend' },
      responseTemplates: { 'application/json': '{"from":"$input.path(\'$.echoed\')","verb":"$input.path(\'$.method\')"}' },
    }));

    // /strict: POST MOCK that refuses any Content-Type without a template (415)
    const strictId = (await sdk.send(new CreateResourceCommand({ restApiId, parentId: rootId, pathPart: 'strict' }))).id!;
    await method(sdk, restApiId, strictId, 'POST', []);
    await sdk.send(new PutIntegrationCommand({
      restApiId, resourceId: strictId, httpMethod: 'POST', type: 'MOCK', passthroughBehavior: 'NEVER',
      requestTemplates: { 'application/json': '{"statusCode": 200}' },
    }));
    await sdk.send(new PutIntegrationResponseCommand({ restApiId, resourceId: strictId, httpMethod: 'POST', statusCode: '200' }));

    // Gateway responses: every 4xx carries CORS and a custom body; a missing route is a 404.
    await sdk.send(new PutGatewayResponseCommand({
      restApiId, responseType: 'DEFAULT_4XX',
      responseParameters: { 'gatewayresponse.header.Access-Control-Allow-Origin': "'*'", 'gatewayresponse.header.X-Stage': 'context.stage' },
      responseTemplates: { 'application/json': '{"error":$context.error.messageString,"type":"$context.error.responseType","color":"$stageVariables.color"}' },
    }));
    await sdk.send(new PutGatewayResponseCommand({
      restApiId, responseType: 'MISSING_AUTHENTICATION_TOKEN', statusCode: '404',
      responseParameters: { 'gatewayresponse.header.Access-Control-Allow-Origin': "'*'" },
      responseTemplates: { 'application/json': '{"message":"No such route","type":"$context.error.responseType"}' },
    }));

    await sdk.send(new CreateDeploymentCommand({ restApiId, stageName: 'dev', variables: { color: 'blue' } }));
  });

  afterAll(async () => {
    await Promise.all([system?.stop(), upstream?.close()]);
  });

  it('renders the MOCK response template with $context, $stageVariables and $input.params, plus the mapped headers', async () => {
    const res = await eventually(() => invokeHttps(system.dataPlaneHttpsPort, host, '/dev/mock?q=hello%20you'), (r) => r.status === 200)
      .catch((e: Error) => { throw new Error(`${e.message}\n${system.logs()}`); });
    expect(JSON.parse(res.body)).toEqual({ stage: 'dev', color: 'blue', q: 'hello you', api: host.split('.')[0] });
    expect(res.headers['content-type']).toBe('application/json');
    expect(res.headers['x-mock']).toBe('yes');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers['x-amz-apigw-id']).toBeDefined();
    expect(res.headers['x-amzn-trace-id']).toBeUndefined();
  });

  it('chooses the response template by Accept', async () => {
    const res = await invokeHttps(system.dataPlaneHttpsPort, host, '/dev/mock', { headers: { accept: 'text/plain' } });
    expect(res.status).toBe(200);
    expect(res.body).toBe('stage=dev');
    expect(res.headers['content-type']).toBe('text/plain');
  });

  it('answers a CORS preflight exactly as the OPTIONS MOCK method is configured', async () => {
    const res = await invokeHttps(system.dataPlaneHttpsPort, host, '/dev/mock', {
      method: 'OPTIONS', headers: { origin: 'https://app.example', 'access-control-request-method': 'GET' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    expect(res.headers['access-control-allow-headers']).toBe(CORS_HEADERS);
    expect(res.headers['access-control-allow-methods']).toBe('GET,OPTIONS');
    expect(res.headers['access-control-allow-origin']).toBe('https://app.example');
  });

  it('maps a non-proxy HTTP response: pattern-selected status, header from the endpoint, template over its body', async () => {
    const res = await invokeHttps(system.dataPlaneHttpsPort, host, '/dev/backend');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ from: '/thing', verb: 'GET' });
    expect(res.headers['x-backend']).toBe('stub');
    expect(res.headers['x-amzn-trace-id']).toMatch(/^Root=1-/);
  });

  it('answers a missing route with the customised gateway response (404, CORS header, template)', async () => {
    const res = await invokeHttps(system.dataPlaneHttpsPort, host, '/dev/nowhere');
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body)).toEqual({ message: 'No such route', type: 'MISSING_AUTHENTICATION_TOKEN' });
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['x-amzn-errortype']).toBe('MissingAuthenticationTokenException');
    expect(res.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('falls back to DEFAULT_4XX (its CORS and context headers, template) for another 4xx type', async () => {
    const res = await invokeHttps(system.dataPlaneHttpsPort, host, '/dev/strict', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' });
    expect(res.status).toBe(415);
    expect(JSON.parse(res.body)).toEqual({ error: 'Unsupported Media Type', type: 'UNSUPPORTED_MEDIA_TYPE', color: 'blue' });
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['x-stage']).toBe('dev');
    expect(res.headers['x-amzn-errortype']).toBe('BadRequestException');
  });
  it('serves a canary deployment (CreateDeployment with canarySettings) with its variable overrides and $context.isCanaryRequest', async () => {
    const sdk = system.sdk();
    const restApiId = host.split('.')[0];
    const { items } = await sdk.send(new GetResourcesCommand({ restApiId }));
    const mockId = items!.find((r) => r.path === '/mock')!.id!;
    await sdk.send(new PutIntegrationResponseCommand({
      restApiId, resourceId: mockId, httpMethod: 'GET', statusCode: '200',
      responseTemplates: { 'application/json': '{"canary":"$context.isCanaryRequest","color":"$stageVariables.color"}' },
    }));
    await sdk.send(new CreateDeploymentCommand({
      restApiId, stageName: 'dev', canarySettings: { percentTraffic: 100, stageVariableOverrides: { color: 'red' } },
    }));
    const res = await eventually(() => invokeHttps(system.dataPlaneHttpsPort, host, '/dev/mock'), (r) => r.body.includes('"canary"'))
      .catch((e: Error) => { throw new Error(`${e.message}\n${system.logs()}`); });
    expect(JSON.parse(res.body)).toEqual({ canary: 'true', color: 'red' });
  });
});
