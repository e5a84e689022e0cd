import {
  CreateAuthorizerCommand,
  CreateRequestValidatorCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  GetIntegrationCommand,
  GetMethodCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  UpdateIntegrationCommand,
  UpdateIntegrationResponseCommand,
  UpdateMethodCommand,
  UpdateMethodResponseCommand,
  type APIGatewayClient,
  type PatchOperation,
} from '@aws-sdk/client-api-gateway';
import { failure, withControlPlane } from './harness';

describe('UpdateMethod, UpdateMethodResponse, UpdateIntegration, UpdateIntegrationResponse (real SDK)', () => {
  let client: APIGatewayClient;
  let other: APIGatewayClient;
  let restApiId: string;
  let resourceId: string;
  let cognitoId: string;
  let tokenId: string;

  const key = () => ({ restApiId, resourceId, httpMethod: 'POST' });
  const updateMethod = (patchOperations: PatchOperation[]) => client.send(new UpdateMethodCommand({ ...key(), patchOperations }));
  const updateIntegration = (patchOperations: PatchOperation[]) => client.send(new UpdateIntegrationCommand({ ...key(), patchOperations }));

  withControlPlane({ setup: async (f) => {
    ({ client, other } = f);
    const api = await client.send(new CreateRestApiCommand({ name: 'method-updates' }));
    restApiId = api.id!;
    resourceId = (await client.send(new CreateResourceCommand({ restApiId, parentId: api.rootResourceId, pathPart: 'orders' }))).id!;
    cognitoId = (await client.send(new CreateAuthorizerCommand({
      restApiId, name: 'pool', type: 'COGNITO_USER_POOLS', identitySource: 'method.request.header.Authorization',
      providerARNs: ['arn:aws:cognito-idp:us-east-1:000000000000:userpool/us-east-1_abc'],
    }))).id!;
    tokenId = (await client.send(new CreateAuthorizerCommand({
      restApiId, name: 'token', type: 'TOKEN', identitySource: 'method.request.header.Authorization',
      authorizerUri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:auth/invocations',
    }))).id!;
    await client.send(new PutMethodCommand({ ...key(), authorizationType: 'NONE', requestParameters: { 'method.request.header.x-old': true } }));
    await client.send(new PutMethodResponseCommand({ ...key(), statusCode: '200' }));
    await client.send(new PutIntegrationCommand({
      ...key(), type: 'HTTP', integrationHttpMethod: 'POST', uri: 'http://backend.example/orders',
      requestTemplates: { 'application/json': '{"a":1}' }, cacheKeyParameters: ['method.request.header.x-old'],
    }));
    await client.send(new PutIntegrationResponseCommand({ ...key(), statusCode: '200', selectionPattern: '2\\d{2}', responseTemplates: { 'application/json': '$input.json("$")' } }));
  } });

  it('UpdateMethod: scalar fields, request parameters and models (~1 keys), authorization scopes', async () => {
    const method = await updateMethod([
      { op: 'replace', path: '/apiKeyRequired', value: 'true' },
      { op: 'replace', path: '/operationName', value: 'CreateOrder' },
      { op: 'add', path: '/requestParameters/method.request.querystring.page', value: 'false' },
      { op: 'add', path: '/requestParameters/method.request.header.x-id', value: 'true' },
      { op: 'remove', path: '/requestParameters/method.request.header.x-old' },
      { op: 'add', path: '/requestModels/application~1json', value: 'Empty' },
      { op: 'replace', path: '/authorizationType', value: 'COGNITO_USER_POOLS' },
      { op: 'replace', path: '/authorizerId', value: cognitoId },
      { op: 'add', path: '/authorizationScopes', value: 'orders/write' },
    ]);
    expect(method).toMatchObject({
      httpMethod: 'POST', apiKeyRequired: true, operationName: 'CreateOrder', authorizationType: 'COGNITO_USER_POOLS', authorizerId: cognitoId,
      requestParameters: { 'method.request.querystring.page': false, 'method.request.header.x-id': true },
      requestModels: { 'application/json': 'Empty' }, authorizationScopes: ['orders/write'],
    });
    expect(method.methodResponses).toEqual({ '200': { statusCode: '200' } });
    expect(method.methodIntegration?.type).toBe('HTTP');

    const reverted = await updateMethod([
      { op: 'replace', path: '/authorizationType', value: 'NONE' },
      { op: 'remove', path: '/authorizationScopes', value: 'orders/write' },
      { op: 'remove', path: '/requestModels/application~1json' },
      { op: 'replace', path: '/requestParameters/method.request.querystring.page', value: 'true' },
    ]);
    expect(reverted).toMatchObject({ authorizationType: 'NONE', requestParameters: { 'method.request.querystring.page': true } });
    expect(reverted.authorizerId).toBeUndefined();
    expect(reverted.authorizationScopes).toBeUndefined();
    expect(reverted.requestModels).toBeUndefined();
  });

  it('UpdateMethod: refuses bad paths and values, all or nothing', async () => {
    const cases: Array<[PatchOperation, RegExp]> = [
      [{ op: 'replace', path: '/httpMethod', value: 'GET' }, /^Invalid patch path '\/httpMethod' specified for op 'replace'\. Must be one of: \[\/authorizationType, /],
      [{ op: 'replace', path: '/authorizationType', value: 'MAGIC' }, /valid values are NONE, AWS_IAM, CUSTOM, COGNITO_USER_POOLS/],
      [{ op: 'replace', path: '/authorizationType', value: 'CUSTOM' }, /requires a valid authorizer/],
      [{ op: 'replace', path: '/apiKeyRequired', value: 'yes' }, /'\/apiKeyRequired': expected true or false/],
      [{ op: 'add', path: '/requestParameters/header.x', value: 'true' }, /is not a method request parameter/],
      [{ op: 'remove', path: '/requestParameters/method.request.header.nope' }, /does not exist/],
      [{ op: 'remove', path: '/apiKeyRequired' }, /^Invalid patch path '\/apiKeyRequired' specified for op 'remove'/],
    ];
    for (const [operation, message] of cases) {
      const error = await failure(updateMethod([{ op: 'replace', path: '/operationName', value: 'Changed' }, operation]));
      expect({ path: operation.path, name: error.name, status: error.status }).toEqual({ path: operation.path, name: 'BadRequestException', status: 400 });
      expect(error.message).toMatch(message);
    }
    // Nothing of a refused update was stored.
    expect((await client.send(new GetMethodCommand(key()))).operationName).toBe('CreateOrder');
  });

  it('PutMethod and UpdateMethod: authorizer, request validator and models must exist in the API', async () => {
    const invalidAuthorizer = 'Invalid authorizer ID specified. Setting the authorization type to CUSTOM or COGNITO_USER_POOLS requires a valid authorizer.';
    const put = (input: Partial<ConstructorParameters<typeof PutMethodCommand>[0]>) =>
      failure(client.send(new PutMethodCommand({ restApiId, resourceId, httpMethod: 'PATCH', authorizationType: 'NONE', ...input })));
    expect(await put({ authorizationType: 'CUSTOM', authorizerId: 'nope123' })).toEqual({ name: 'BadRequestException', message: invalidAuthorizer, status: 400 });
    // The authorizer's kind must fit the authorization type: CUSTOM takes TOKEN/REQUEST, COGNITO_USER_POOLS a Cognito one.
    expect((await put({ authorizationType: 'CUSTOM', authorizerId: cognitoId })).message).toBe(invalidAuthorizer);
    expect((await put({ authorizationType: 'COGNITO_USER_POOLS', authorizerId: tokenId })).message).toBe(invalidAuthorizer);
    expect(await put({ requestValidatorId: 'nope123' })).toEqual({ name: 'BadRequestException', message: 'Invalid Request Validator identifier specified', status: 400 });
    expect(await put({ requestModels: { 'application/json': 'Missing' } })).toEqual({ name: 'BadRequestException', message: 'Invalid model identifier specified: Missing', status: 400 });
    // Another account's authorizer is no authorizer of this API.
    const foreign = await other.send(new CreateRestApiCommand({ name: 'foreign' }));
    const foreignAuthorizer = await other.send(new CreateAuthorizerCommand({
      restApiId: foreign.id!, name: 'pool', type: 'COGNITO_USER_POOLS', identitySource: 'method.request.header.Authorization',
      providerARNs: ['arn:aws:cognito-idp:us-east-1:000000000000:userpool/us-east-1_abc'],
    }));
    expect((await put({ authorizationType: 'COGNITO_USER_POOLS', authorizerId: foreignAuthorizer.id })).message).toBe(invalidAuthorizer);

    const validator = await client.send(new CreateRequestValidatorCommand({ restApiId, name: 'body', validateRequestBody: true }));
    const created = await client.send(new PutMethodCommand({
      restApiId, resourceId, httpMethod: 'PATCH', authorizationType: 'CUSTOM', authorizerId: tokenId,
      requestValidatorId: validator.id, requestModels: { 'application/json': 'Empty' },
    }));
    expect(created).toMatchObject({ authorizerId: tokenId, requestValidatorId: validator.id, requestModels: { 'application/json': 'Empty' } });

    const patch = { restApiId, resourceId, httpMethod: 'PATCH' };
    const update = (patchOperations: PatchOperation[]) => failure(client.send(new UpdateMethodCommand({ ...patch, patchOperations })));
    expect((await update([{ op: 'replace', path: '/authorizerId', value: 'nope123' }])).message).toBe(invalidAuthorizer);
    expect((await update([{ op: 'replace', path: '/authorizationType', value: 'COGNITO_USER_POOLS' }])).message).toBe(invalidAuthorizer);
    expect((await update([{ op: 'replace', path: '/requestValidatorId', value: 'nope123' }])).message).toBe('Invalid Request Validator identifier specified');
    expect((await update([{ op: 'add', path: '/requestModels/text~1plain', value: 'Missing' }])).message).toBe('Invalid model identifier specified: Missing');
    // A refused update stored nothing.
    expect(await client.send(new GetMethodCommand(patch))).toMatchObject({ authorizationType: 'CUSTOM', authorizerId: tokenId, requestModels: { 'application/json': 'Empty' } });
    const switched = await client.send(new UpdateMethodCommand({ ...patch, patchOperations: [
      { op: 'replace', path: '/authorizationType', value: 'COGNITO_USER_POOLS' },
      { op: 'replace', path: '/authorizerId', value: cognitoId },
      { op: 'add', path: '/requestModels/text~1plain', value: 'Error' },
    ] }));
    expect(switched).toMatchObject({ authorizationType: 'COGNITO_USER_POOLS', authorizerId: cognitoId, requestModels: { 'application/json': 'Empty', 'text/plain': 'Error' } });
  });

  it('PutMethodResponse and UpdateMethodResponse: response models must exist in the API', async () => {
    expect(await failure(client.send(new PutMethodResponseCommand({ ...key(), statusCode: '201', responseModels: { 'application/json': 'Missing' } })))).toEqual({
      name: 'BadRequestException', message: 'Invalid model identifier specified: Missing', status: 400,
    });
    expect(await failure(client.send(new UpdateMethodResponseCommand({ ...key(), statusCode: '200', patchOperations: [{ op: 'add', path: '/responseModels/application~1json', value: 'Missing' }] })))).toEqual({
      name: 'BadRequestException', message: 'Invalid model identifier specified: Missing', status: 400,
    });
    expect((await client.send(new PutMethodResponseCommand({ ...key(), statusCode: '201', responseModels: { 'application/json': 'Error' } }))).responseModels).toEqual({ 'application/json': 'Error' });
  });

  it('UpdateMethodResponse: response parameters and models', async () => {
    const response = await client.send(new UpdateMethodResponseCommand({ ...key(), statusCode: '200', patchOperations: [
      { op: 'add', path: '/responseParameters/method.response.header.Access-Control-Allow-Origin', value: 'true' },
      { op: 'add', path: '/responseModels/application~1json', value: 'Empty' },
    ] }));
    expect({ ...response, $metadata: undefined }).toEqual({
      statusCode: '200', responseParameters: { 'method.response.header.Access-Control-Allow-Origin': true }, responseModels: { 'application/json': 'Empty' },
    });
    const removed = await client.send(new UpdateMethodResponseCommand({ ...key(), statusCode: '200', patchOperations: [{ op: 'remove', path: '/responseModels/application~1json' }] }));
    expect(removed.responseModels).toBeUndefined();
    expect((await failure(client.send(new UpdateMethodResponseCommand({ ...key(), statusCode: '200', patchOperations: [{ op: 'add', path: '/responseParameters/x', value: 'true' }] })))).status).toBe(400);
    expect(await failure(client.send(new UpdateMethodResponseCommand({ ...key(), statusCode: '404', patchOperations: [] })))).toEqual({
      name: 'NotFoundException', message: 'Invalid Response status code specified', status: 404,
    });
  });

  it('UpdateIntegration: uri, verb, templates (~1), parameters, cache keys, timeout, tls', async () => {
    const integration = await updateIntegration([
      { op: 'replace', path: '/uri', value: 'https://backend.example/v2/orders' },
      { op: 'replace', path: '/httpMethod', value: 'PUT' },
      { op: 'add', path: '/requestTemplates/application~1xml', value: '<a/>' },
      { op: 'replace', path: '/requestTemplates/application~1json', value: '{"a":2}' },
      { op: 'add', path: '/requestParameters/integration.request.header.x-id', value: 'method.request.header.x-id' },
      { op: 'replace', path: '/passthroughBehavior', value: 'NEVER' },
      { op: 'replace', path: '/contentHandling', value: 'CONVERT_TO_TEXT' },
      { op: 'replace', path: '/timeoutInMillis', value: '5000' },
      { op: 'replace', path: '/cacheNamespace', value: 'orders' },
      { op: 'add', path: '/cacheKeyParameters/method.request.header.x-id' },
      { op: 'remove', path: '/cacheKeyParameters/method.request.header.x-old' },
      { op: 'replace', path: '/tlsConfig/insecureSkipVerification', value: 'true' },
    ]);
    expect(integration).toMatchObject({
      type: 'HTTP', uri: 'https://backend.example/v2/orders', httpMethod: 'PUT', passthroughBehavior: 'NEVER', contentHandling: 'CONVERT_TO_TEXT',
      timeoutInMillis: 5000, cacheNamespace: 'orders', cacheKeyParameters: ['method.request.header.x-id'], tlsConfig: { insecureSkipVerification: true },
      requestTemplates: { 'application/json': '{"a":2}', 'application/xml': '<a/>' },
      requestParameters: { 'integration.request.header.x-id': 'method.request.header.x-id' },
    });
    expect(integration.integrationResponses?.['200']?.selectionPattern).toBe('2\\d{2}');
    const removed = await updateIntegration([{ op: 'remove', path: '/requestTemplates/application~1xml' }, { op: 'remove', path: '/contentHandling' }]);
    expect(removed.requestTemplates).toEqual({ 'application/json': '{"a":2}' });
    expect(removed.contentHandling).toBeUndefined();
  });

  it('UpdateIntegration: the result must still be a valid integration', async () => {
    const cases: Array<[PatchOperation, RegExp]> = [
      [{ op: 'replace', path: '/timeoutInMillis', value: '30000' }, /'\/timeoutInMillis': expected an integer between 50 and 29000/],
      [{ op: 'replace', path: '/uri', value: 'ftp://nope' }, /Invalid HTTP endpoint specified for URI/],
      [{ op: 'remove', path: '/uri' }, /a URI is required for HTTP integrations/],
      [{ op: 'replace', path: '/passthroughBehavior', value: 'SOMETIMES' }, /passthroughBehavior/],
      [{ op: 'add', path: '/requestParameters/integration.request.body', value: 'x' }, /Invalid mapping expression specified in 'requestParameters'/],
      [{ op: 'replace', path: '/connectionType', value: 'VPC_LINK' }, /'connectionId' is required/],
      [{ op: 'replace', path: '/integrationResponses', value: 'x' }, /^Invalid patch path '\/integrationResponses' specified for op 'replace'/],
    ];
    for (const [operation, message] of cases) {
      const error = await failure(updateIntegration([operation]));
      expect({ path: operation.path, name: error.name, status: error.status }).toEqual({ path: operation.path, name: 'BadRequestException', status: 400 });
      expect(error.message).toMatch(message);
    }
    expect((await client.send(new GetIntegrationCommand(key()))).timeoutInMillis).toBe(5000);
  });

  it('UpdateIntegrationResponse: selection pattern, parameters, templates, content handling', async () => {
    const response = await client.send(new UpdateIntegrationResponseCommand({ ...key(), statusCode: '200', patchOperations: [
      { op: 'replace', path: '/selectionPattern', value: '' },
      { op: 'add', path: '/responseParameters/method.response.header.x-req', value: "'static'" },
      { op: 'replace', path: '/responseTemplates/application~1json', value: '{}' },
      { op: 'replace', path: '/contentHandling', value: 'CONVERT_TO_BINARY' },
    ] }));
    expect({ ...response, $metadata: undefined }).toEqual({
      statusCode: '200', responseParameters: { 'method.response.header.x-req': "'static'" }, responseTemplates: { 'application/json': '{}' }, contentHandling: 'CONVERT_TO_BINARY',
    });
    const bad = await failure(client.send(new UpdateIntegrationResponseCommand({ ...key(), statusCode: '200', patchOperations: [{ op: 'replace', path: '/selectionPattern', value: '(' }] })));
    expect(bad).toMatchObject({ name: 'BadRequestException', status: 400 });
    expect(bad.message).toMatch(/Invalid selection pattern/);
  });

  it('answers unknown ids with AWS wording and keeps accounts apart', async () => {
    expect(await failure(client.send(new UpdateMethodCommand({ ...key(), httpMethod: 'GET', patchOperations: [] })))).toEqual({
      name: 'NotFoundException', message: 'Invalid Method identifier specified', status: 404,
    });
    expect(await failure(client.send(new UpdateIntegrationCommand({ ...key(), resourceId: 'nosuchres0', patchOperations: [] })))).toEqual({
      name: 'NotFoundException', message: 'Invalid Resource identifier specified', status: 404,
    });
    expect((await failure(other.send(new UpdateMethodCommand({ ...key(), patchOperations: [{ op: 'replace', path: '/operationName', value: 'x' }] })))).status).toBe(404);
    expect((await failure(other.send(new UpdateIntegrationCommand({ ...key(), patchOperations: [{ op: 'replace', path: '/uri', value: 'http://x' }] })))).status).toBe(404);
  });
});
