import {
  CreateDeploymentCommand, CreateModelCommand, CreateRequestValidatorCommand, CreateResourceCommand, CreateRestApiCommand,
  PutIntegrationCommand, PutIntegrationResponseCommand, PutMethodCommand, PutMethodResponseCommand, TestInvokeMethodCommand,
  type APIGatewayClient, type TestInvokeMethodCommandOutput,
} from '@aws-sdk/client-api-gateway';
import { eventually, invokeHttps, startSystem, startUpstream, type InvokeResult, type RunningSystem } from '../src';

jest.setTimeout(90_000);

/**
 * TestInvokeMethod (control plane) and a real call to the deployed stage (data plane) run the same
 * pipeline: for the same API and request they answer the same status, body and mapped headers.
 */
describe('TestInvokeMethod answers like the deployed stage', () => {
  let system: RunningSystem;
  let sdk: APIGatewayClient;
  let upstream: Awaited<ReturnType<typeof startUpstream>>;
  let restApiId: string;
  let host: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    [system, upstream] = await Promise.all([startSystem(), startUpstream()]);
    sdk = system.sdk();
    const api = await sdk.send(new CreateRestApiCommand({ name: 'test-invoke-parity' }));
    restApiId = api.id!;
    host = `${restApiId}.execute-api.us-east-1.localhost`;
    const resource = async (parentId: string, pathPart: string) => (await sdk.send(new CreateResourceCommand({ restApiId, parentId, pathPart }))).id!;
    const greet = await resource(api.rootResourceId!, 'greet');
    ids.greet = await resource(greet, '{name}');
    ids.orders = await resource(api.rootResourceId!, 'orders');
    ids.validated = await resource(api.rootResourceId!, 'validated');

    // GET /greet/{name}: MOCK, VTL response template with a path parameter and a stage variable, a static header.
    await sdk.send(new PutMethodCommand({ restApiId, resourceId: ids.greet, httpMethod: 'GET', authorizationType: 'NONE' }));
    await sdk.send(new PutIntegrationCommand({ restApiId, resourceId: ids.greet, httpMethod: 'GET', type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } }));
    await sdk.send(new PutMethodResponseCommand({ restApiId, resourceId: ids.greet, httpMethod: 'GET', statusCode: '200', responseParameters: { 'method.response.header.X-Kind': false } }));
    await sdk.send(new PutIntegrationResponseCommand({
      restApiId, resourceId: ids.greet, httpMethod: 'GET', statusCode: '200', responseParameters: { 'method.response.header.X-Kind': "'greeting'" },
      responseTemplates: { 'application/json': '{"text": "$stageVariables.greeting, $input.params(\'name\')!"}' },
    }));

    // POST /orders: non-proxy HTTP with a request template; the backend's 201 maps to 200 through the default response.
    await sdk.send(new PutMethodCommand({ restApiId, resourceId: ids.orders, httpMethod: 'POST', authorizationType: 'NONE' }));
    await sdk.send(new PutIntegrationCommand({
      restApiId, resourceId: ids.orders, httpMethod: 'POST', type: 'HTTP', integrationHttpMethod: 'POST', uri: `${upstream.url}/orders`,
      requestTemplates: { 'application/json': '{"item": $input.json(\'$.item\')}' },
    }));
    await sdk.send(new PutMethodResponseCommand({ restApiId, resourceId: ids.orders, httpMethod: 'POST', statusCode: '200' }));
    await sdk.send(new PutIntegrationResponseCommand({
      restApiId, resourceId: ids.orders, httpMethod: 'POST', statusCode: '200', selectionPattern: '',
      responseTemplates: { 'application/json': '{"backendSaw": "$input.path(\'$.method\') $input.path(\'$.echoed\')"}' },
    }));

    // POST /validated: body validated against a model (400 Invalid request body otherwise).
    const validator = await sdk.send(new CreateRequestValidatorCommand({ restApiId, name: 'body-only', validateRequestBody: true }));
    await sdk.send(new CreateModelCommand({
      restApiId, name: 'Order', contentType: 'application/json',
      schema: JSON.stringify({ $schema: 'http://json-schema.org/draft-04/schema#', type: 'object', required: ['item'] }),
    }));
    await sdk.send(new PutMethodCommand({
      restApiId, resourceId: ids.validated, httpMethod: 'POST', authorizationType: 'NONE', requestValidatorId: validator.id, requestModels: { 'application/json': 'Order' },
    }));
    await sdk.send(new PutIntegrationCommand({ restApiId, resourceId: ids.validated, httpMethod: 'POST', type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } }));
    await sdk.send(new PutMethodResponseCommand({ restApiId, resourceId: ids.validated, httpMethod: 'POST', statusCode: '200' }));
    await sdk.send(new PutIntegrationResponseCommand({ restApiId, resourceId: ids.validated, httpMethod: 'POST', statusCode: '200', responseTemplates: { 'application/json': '{"valid": true}' } }));

    await sdk.send(new CreateDeploymentCommand({ restApiId, stageName: 'prod', variables: { greeting: 'Hello' } }));
    await eventually(() => invokeHttps(system.dataPlaneHttpsPort, host, '/prod/greet/x'), (r) => r.status === 200)
      .catch((e: Error) => { throw new Error(`${e.message}\n${system.logs()}`); });
  });

  afterAll(async () => {
    await Promise.all([system?.stop(), upstream?.close()]);
  });

  function expectSame(tested: TestInvokeMethodCommandOutput, deployed: InvokeResult, headers: string[]): void {
    expect(tested.status).toBe(deployed.status);
    expect(tested.body).toBe(deployed.body);
    const lower = Object.fromEntries(Object.entries(tested.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
    for (const name of headers) expect(lower[name]).toBe(deployed.headers[name]);
  }

  it('MOCK with a VTL response template, path parameter and stage variable', async () => {
    const tested = await sdk.send(new TestInvokeMethodCommand({ restApiId, resourceId: ids.greet, httpMethod: 'GET', pathWithQueryString: '/greet/Ada', stageVariables: { greeting: 'Hello' } }));
    const deployed = await invokeHttps(system.dataPlaneHttpsPort, host, '/prod/greet/Ada');
    expect(JSON.parse(deployed.body)).toEqual({ text: 'Hello, Ada!' });
    expectSame(tested, deployed, ['x-kind', 'content-type']);
  });

  it('non-proxy HTTP integration: same backend request, same mapped response', async () => {
    const before = upstream.seen.length;
    const body = '{"item":"tea","extra":1}';
    const tested = await sdk.send(new TestInvokeMethodCommand({ restApiId, resourceId: ids.orders, httpMethod: 'POST', body, headers: { 'Content-Type': 'application/json' } }));
    const deployed = await invokeHttps(system.dataPlaneHttpsPort, host, '/prod/orders', { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });
    expect(upstream.seen.slice(before).map((seen) => [seen.method, seen.url, seen.body])).toEqual([
      ['POST', '/orders', '{"item": "tea"}'],
      ['POST', '/orders', '{"item": "tea"}'],
    ]);
    expect(JSON.parse(deployed.body)).toEqual({ backendSaw: 'POST /orders' });
    expectSame(tested, deployed, ['content-type']);
  });

  it('request validation refuses the same body with the same gateway response', async () => {
    const body = '{"other":1}';
    const tested = await sdk.send(new TestInvokeMethodCommand({ restApiId, resourceId: ids.validated, httpMethod: 'POST', body, headers: { 'Content-Type': 'application/json' } }));
    const deployed = await invokeHttps(system.dataPlaneHttpsPort, host, '/prod/validated', { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });
    expect(deployed.status).toBe(400);
    expectSame(tested, deployed, ['x-amzn-errortype', 'content-type']);
  });

  it('tests the current API: a change shows in TestInvokeMethod at once, while the stage serves its deployment', async () => {
    await sdk.send(new PutIntegrationResponseCommand({
      restApiId, resourceId: ids.greet, httpMethod: 'GET', statusCode: '200', responseParameters: { 'method.response.header.X-Kind': "'greeting'" },
      responseTemplates: { 'application/json': '{"text": "changed"}' },
    }));
    const tested = await sdk.send(new TestInvokeMethodCommand({ restApiId, resourceId: ids.greet, httpMethod: 'GET', pathWithQueryString: '/greet/Ada' }));
    expect(tested.body).toBe('{"text": "changed"}');
    const deployed = await invokeHttps(system.dataPlaneHttpsPort, host, '/prod/greet/Ada');
    expect(JSON.parse(deployed.body)).toEqual({ text: 'Hello, Ada!' });
  });
});
