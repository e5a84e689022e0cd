import {
  CreateResourceCommand,
  DeleteIntegrationCommand,
  DeleteResourceCommand,
  DeleteIntegrationResponseCommand,
  DeleteMethodCommand,
  DeleteMethodResponseCommand,
  GetIntegrationCommand,
  GetIntegrationResponseCommand,
  GetMethodCommand,
  GetMethodResponseCommand,
  GetResourcesCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  type APIGatewayClient,
} from '@aws-sdk/client-api-gateway';
import { createRestApi, failure, withControlPlane } from './harness';

describe('Methods and integrations (real SDK)', () => {
  let client: APIGatewayClient;
  let restApiId: string;
  let rootId: string;
  let proxyId: string;

  withControlPlane({ setup: async (f) => {
    client = f.client;
    ({ restApiId, rootId } = await createRestApi(client, 'methods'));
    proxyId = (await client.send(new CreateResourceCommand({ restApiId, parentId: rootId, pathPart: '{proxy+}' }))).id!;
  } });

  it('puts, gets and refuses to re-put a method', async () => {
    const put = await client.send(new PutMethodCommand({
      restApiId, resourceId: proxyId, httpMethod: 'ANY', authorizationType: 'NONE',
      requestParameters: { 'method.request.path.proxy': true }, operationName: 'Proxy',
    }));
    expect(put).toMatchObject({ httpMethod: 'ANY', authorizationType: 'NONE', apiKeyRequired: false, operationName: 'Proxy', requestParameters: { 'method.request.path.proxy': true } });
    expect(put.methodIntegration).toBeUndefined();

    const again = await failure(client.send(new PutMethodCommand({ restApiId, resourceId: proxyId, httpMethod: 'ANY', authorizationType: 'NONE' })));
    expect(again).toEqual({ name: 'ConflictException', message: 'Method already exists for this resource', status: 409 });
  });

  it('stores an HTTP_PROXY integration with AWS defaults, integrationHttpMethod travelling as httpMethod', async () => {
    const integration = await client.send(new PutIntegrationCommand({
      restApiId, resourceId: proxyId, httpMethod: 'ANY', type: 'HTTP_PROXY', integrationHttpMethod: 'ANY',
      uri: 'http://backend.example/{proxy}', requestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy' },
    }));
    expect(integration).toMatchObject({
      type: 'HTTP_PROXY', httpMethod: 'ANY', uri: 'http://backend.example/{proxy}', connectionType: 'INTERNET',
      passthroughBehavior: 'WHEN_NO_MATCH', timeoutInMillis: 29000, cacheNamespace: proxyId, cacheKeyParameters: [],
    });
    const read = await client.send(new GetIntegrationCommand({ restApiId, resourceId: proxyId, httpMethod: 'ANY' }));
    expect(read).toMatchObject({ type: 'HTTP_PROXY', httpMethod: 'ANY', requestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy' } });
  });

  it('builds a MOCK method with method and integration responses and reads them back through GetMethod', async () => {
    await client.send(new PutMethodCommand({ restApiId, resourceId: rootId, httpMethod: 'GET', authorizationType: 'NONE', apiKeyRequired: true }));
    await client.send(new PutIntegrationCommand({
      restApiId, resourceId: rootId, httpMethod: 'GET', type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' },
    }));
    const methodResponse = await client.send(new PutMethodResponseCommand({
      restApiId, resourceId: rootId, httpMethod: 'GET', statusCode: '200', responseParameters: { 'method.response.header.x-mock': false },
    }));
    expect(methodResponse).toMatchObject({ statusCode: '200', responseParameters: { 'method.response.header.x-mock': false } });
    const integrationResponse = await client.send(new PutIntegrationResponseCommand({
      restApiId, resourceId: rootId, httpMethod: 'GET', statusCode: '200', selectionPattern: '',
      responseParameters: { 'method.response.header.x-mock': "'yes'" }, responseTemplates: { 'application/json': '{"ok": true}' },
    }));
    expect(integrationResponse).toMatchObject({ statusCode: '200', responseTemplates: { 'application/json': '{"ok": true}' } });
    expect(integrationResponse.selectionPattern).toBeUndefined();

    const method = await client.send(new GetMethodCommand({ restApiId, resourceId: rootId, httpMethod: 'GET' }));
    expect(method).toMatchObject({
      httpMethod: 'GET', apiKeyRequired: true,
      methodResponses: { '200': { statusCode: '200', responseParameters: { 'method.response.header.x-mock': false } } },
      methodIntegration: {
        type: 'MOCK', passthroughBehavior: 'WHEN_NO_MATCH', timeoutInMillis: 29000, cacheNamespace: rootId,
        requestTemplates: { 'application/json': '{"statusCode": 200}' },
        integrationResponses: { '200': { statusCode: '200', responseParameters: { 'method.response.header.x-mock': "'yes'" } } },
      },
    });
    expect(method.methodIntegration?.httpMethod).toBeUndefined();
    expect(await client.send(new GetMethodResponseCommand({ restApiId, resourceId: rootId, httpMethod: 'GET', statusCode: '200' }))).toMatchObject({ statusCode: '200' });
    expect(await client.send(new GetIntegrationResponseCommand({ restApiId, resourceId: rootId, httpMethod: 'GET', statusCode: '200' }))).toMatchObject({ statusCode: '200' });
    const integration = await client.send(new GetIntegrationCommand({ restApiId, resourceId: rootId, httpMethod: 'GET' }));
    expect(Object.keys(integration.integrationResponses ?? {})).toEqual(['200']);
  });

  it('embeds methods in GetResources only when asked', async () => {
    const plain = await client.send(new GetResourcesCommand({ restApiId }));
    expect(plain.items?.find((r) => r.id === rootId)?.resourceMethods).toEqual({ GET: {} });
    const embedded = await client.send(new GetResourcesCommand({ restApiId, embed: ['methods'] }));
    const proxy = embedded.items?.find((r) => r.id === proxyId);
    expect(proxy?.resourceMethods?.ANY).toMatchObject({ httpMethod: 'ANY', methodIntegration: { type: 'HTTP_PROXY', uri: 'http://backend.example/{proxy}' } });
  });

  it.each([
    ['an HTTP integration without uri', { type: 'HTTP' as const, integrationHttpMethod: 'GET' }, /uri/],
    ['an HTTP integration without httpMethod', { type: 'HTTP' as const, uri: 'http://x.example' }, /httpMethod/],
    ['a non-HTTP uri for HTTP_PROXY', { type: 'HTTP_PROXY' as const, integrationHttpMethod: 'GET', uri: 'ftp://x' }, /Invalid HTTP endpoint specified for URI/],
    ['a timeout below 50 ms', { type: 'MOCK' as const, timeoutInMillis: 10 }, /Timeout should be between 50 ms and 29000 ms/],
    ['a timeout above 29000 ms', { type: 'MOCK' as const, timeoutInMillis: 30000 }, /timeoutInMillis/],
    ['an unknown passthrough behaviour', { type: 'MOCK' as const, passthroughBehavior: 'SOMETIMES' }, /passthroughBehavior/],
  ])('refuses %s with BadRequestException', async (_name, input, message) => {
    const error = await failure(client.send(new PutIntegrationCommand({ restApiId, resourceId: rootId, httpMethod: 'GET', ...input })));
    expect(error.name).toBe('BadRequestException');
    expect(error.status).toBe(400);
    expect(error.message).toMatch(message);
  });

  it('answers unknown ids with AWS wording', async () => {
    const cases: Array<[Promise<unknown>, string]> = [
      [client.send(new GetMethodCommand({ restApiId, resourceId: proxyId, httpMethod: 'POST' })), 'Invalid Method identifier specified'],
      [client.send(new GetMethodCommand({ restApiId, resourceId: 'nosuchres0', httpMethod: 'GET' })), 'Invalid Resource identifier specified'],
      [client.send(new GetMethodResponseCommand({ restApiId, resourceId: rootId, httpMethod: 'GET', statusCode: '404' })), 'Invalid Response status code specified'],
      [client.send(new PutIntegrationResponseCommand({ restApiId, resourceId: rootId, httpMethod: 'GET', statusCode: '500' })), 'Invalid Response status code specified'],
      [client.send(new GetIntegrationResponseCommand({ restApiId, resourceId: rootId, httpMethod: 'GET', statusCode: '500' })), 'Invalid Response status code specified'],
    ];
    for (const [call, message] of cases) {
      expect(await failure(call)).toEqual({ name: 'NotFoundException', message, status: 404 });
    }
    const other = await client.send(new CreateResourceCommand({ restApiId, parentId: rootId, pathPart: 'bare' }));
    await client.send(new PutMethodCommand({ restApiId, resourceId: other.id, httpMethod: 'POST', authorizationType: 'NONE' }));
    expect(await failure(client.send(new GetIntegrationCommand({ restApiId, resourceId: other.id, httpMethod: 'POST' })))).toEqual({
      name: 'NotFoundException', message: 'Invalid Integration identifier specified', status: 404,
    });
  });

  it('deletes integration responses, integrations, method responses and methods', async () => {
    const key = { restApiId, resourceId: rootId, httpMethod: 'GET' };
    await client.send(new DeleteIntegrationResponseCommand({ ...key, statusCode: '200' }));
    expect((await failure(client.send(new GetIntegrationResponseCommand({ ...key, statusCode: '200' })))).name).toBe('NotFoundException');
    await client.send(new DeleteIntegrationCommand(key));
    expect((await failure(client.send(new GetIntegrationCommand(key)))).message).toBe('Invalid Integration identifier specified');
    await client.send(new DeleteMethodResponseCommand({ ...key, statusCode: '200' }));
    expect((await failure(client.send(new GetMethodResponseCommand({ ...key, statusCode: '200' })))).message).toBe('Invalid Response status code specified');
    await client.send(new DeleteMethodCommand(key));
    expect((await failure(client.send(new GetMethodCommand(key)))).message).toBe('Invalid Method identifier specified');
    expect((await failure(client.send(new DeleteMethodCommand(key)))).status).toBe(404);
  });

  it('cascades a method delete to its integration and responses', async () => {
    const key = { restApiId, resourceId: proxyId, httpMethod: 'ANY' };
    await client.send(new PutMethodResponseCommand({ ...key, statusCode: '200' }));
    await client.send(new PutIntegrationResponseCommand({ ...key, statusCode: '200' }));
    await client.send(new DeleteMethodCommand(key));
    await client.send(new PutMethodCommand({ ...key, authorizationType: 'NONE' }));
    const fresh = await client.send(new GetMethodCommand(key));
    expect(fresh.methodIntegration).toBeUndefined();
    expect(fresh.methodResponses).toBeUndefined();
  });

  it('removes methods with their resource', async () => {
    const child = await client.send(new CreateResourceCommand({ restApiId, parentId: rootId, pathPart: 'gone' }));
    await client.send(new PutMethodCommand({ restApiId, resourceId: child.id, httpMethod: 'GET', authorizationType: 'NONE' }));
    await client.send(new PutIntegrationCommand({ restApiId, resourceId: child.id, httpMethod: 'GET', type: 'MOCK' }));
    await client.send(new DeleteResourceCommand({ restApiId, resourceId: child.id }));
    expect(await failure(client.send(new GetMethodCommand({ restApiId, resourceId: child.id, httpMethod: 'GET' })))).toEqual({
      name: 'NotFoundException', message: 'Invalid Resource identifier specified', status: 404,
    });
  });

  it('refuses a lower-case or unknown verb', async () => {
    const error = await failure(client.send(new PutMethodCommand({ restApiId, resourceId: rootId, httpMethod: 'FETCH', authorizationType: 'NONE' })));
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toMatch(/Invalid HttpMethod specified/);
  });
});
