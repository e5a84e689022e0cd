import {
  CreateAuthorizerCommand,
  DeleteAuthorizerCommand,
  DeleteGatewayResponseCommand,
  DeleteMethodCommand,
  GetAuthorizerCommand,
  GetAuthorizersCommand,
  GetGatewayResponseCommand,
  GetGatewayResponsesCommand,
  PutGatewayResponseCommand,
  PutMethodCommand,
  TestInvokeAuthorizerCommand,
  UpdateAuthorizerCommand,
  UpdateGatewayResponseCommand,
  type APIGatewayClient,
} from '@aws-sdk/client-api-gateway';
import { GATEWAY_RESPONSE_DEFAULTS, GATEWAY_RESPONSE_TYPES } from '@tollgate/model';
import { createRestApi, failure, withControlPlane } from './harness';

const LAMBDA_URI = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:auth/invocations';
const DEFAULT_TEMPLATES = { 'application/json': '{"message":$context.error.messageString}' };

describe('Gateway responses and authorizers (real SDK, real Postgres)', () => {
  let client: APIGatewayClient;
  let other: APIGatewayClient;

  withControlPlane({ setup: (f) => {
    ({ client, other } = f);
  } });

  const newApi = () => createRestApi(client, 'gr-auth');

  it('lists every gateway response type with AWS defaults', async () => {
    const { restApiId } = await newApi();
    const list = await client.send(new GetGatewayResponsesCommand({ restApiId, limit: 500 }));
    expect(list.items?.map((r) => r.responseType).sort()).toEqual([...GATEWAY_RESPONSE_TYPES].sort());
    for (const item of list.items!) {
      expect(item).toMatchObject({ defaultResponse: true, responseParameters: {}, responseTemplates: DEFAULT_TEMPLATES });
      expect(item.statusCode).toBe(GATEWAY_RESPONSE_DEFAULTS[item.responseType!].crudStatus);
    }
    expect(list.items?.find((r) => r.responseType === 'DEFAULT_4XX')?.statusCode).toBeUndefined();
    expect(list.items?.find((r) => r.responseType === 'INTEGRATION_FAILURE')?.statusCode).toBe('504');
    const page = await client.send(new GetGatewayResponsesCommand({ restApiId, limit: 20 }));
    expect(page.items).toHaveLength(20);
    const last = await client.send(new GetGatewayResponsesCommand({ restApiId, position: page.position }));
    expect(last.items).toHaveLength(GATEWAY_RESPONSE_TYPES.length - 20);
  });

  it('puts, updates and deletes a gateway response', async () => {
    const { restApiId } = await newApi();
    const put = await client.send(new PutGatewayResponseCommand({
      restApiId, responseType: 'UNAUTHORIZED', statusCode: '401',
      responseParameters: { 'gatewayresponse.header.WWW-Authenticate': "'Bearer'", 'gatewayresponse.header.x-req': 'method.request.header.x-req' },
      responseTemplates: { 'application/json': '{"error":"$context.error.messageString"}' },
    }));
    expect(put).toMatchObject({ responseType: 'UNAUTHORIZED', statusCode: '401', defaultResponse: false, responseParameters: { 'gatewayresponse.header.WWW-Authenticate': "'Bearer'" } });

    const updated = await client.send(new UpdateGatewayResponseCommand({ restApiId, responseType: 'UNAUTHORIZED', patchOperations: [
      { op: 'replace', path: '/statusCode', value: '403' },
      { op: 'remove', path: '/responseParameters/gatewayresponse.header.x-req' },
      { op: 'add', path: '/responseTemplates/text~1plain', value: 'nope' },
    ] }));
    expect(updated.statusCode).toBe('403');
    expect(updated.responseParameters).toEqual({ 'gatewayresponse.header.WWW-Authenticate': "'Bearer'" });
    expect(updated.responseTemplates).toMatchObject({ 'text/plain': 'nope' });

    // Patching a default type customises it from AWS's defaults.
    const patchedDefault = await client.send(new UpdateGatewayResponseCommand({ restApiId, responseType: 'DEFAULT_4XX', patchOperations: [
      { op: 'add', path: '/responseParameters/gatewayresponse.header.Access-Control-Allow-Origin', value: "'*'" },
    ] }));
    expect(patchedDefault).toMatchObject({ defaultResponse: false, responseTemplates: DEFAULT_TEMPLATES, responseParameters: { 'gatewayresponse.header.Access-Control-Allow-Origin': "'*'" } });
    expect(patchedDefault.statusCode).toBeUndefined();

    await client.send(new DeleteGatewayResponseCommand({ restApiId, responseType: 'UNAUTHORIZED' }));
    expect(await client.send(new GetGatewayResponseCommand({ restApiId, responseType: 'UNAUTHORIZED' }))).toMatchObject({ statusCode: '401', defaultResponse: true, responseTemplates: DEFAULT_TEMPLATES });
    expect(await failure(client.send(new DeleteGatewayResponseCommand({ restApiId, responseType: 'UNAUTHORIZED' })))).toEqual({
      name: 'NotFoundException', status: 404, message: 'Gateway response type not defined on api',
    });
  });

  it('refuses unknown types, bad status codes and bad mappings; isolates accounts', async () => {
    const { restApiId } = await newApi();
    const badType = await failure(client.send(new GetGatewayResponseCommand({ restApiId, responseType: 'NOPE' as never })));
    expect(badType).toMatchObject({ name: 'BadRequestException', status: 400 });
    expect(badType.message).toMatch(/^1 validation error detected: Value 'NOPE' at 'responseType' failed to satisfy constraint/);
    expect(await failure(client.send(new PutGatewayResponseCommand({ restApiId, responseType: 'THROTTLED', statusCode: '42' })))).toMatchObject({ name: 'BadRequestException', message: 'Invalid status code specified: 42' });
    expect((await failure(client.send(new PutGatewayResponseCommand({ restApiId, responseType: 'THROTTLED', responseParameters: { 'header.x': "'a'" } })))).message).toMatch(/^Invalid mapping expression specified/);
    expect((await failure(client.send(new PutGatewayResponseCommand({ restApiId, responseType: 'THROTTLED', responseParameters: { 'gatewayresponse.header.x': 'body.y' } })))).message).toMatch(/Invalid mapping expression parameter specified: body.y/);
    expect(await failure(client.send(new UpdateGatewayResponseCommand({ restApiId, responseType: 'THROTTLED', patchOperations: [{ op: 'replace', path: '/nope', value: 'x' }] })))).toMatchObject({ name: 'BadRequestException', message: 'Invalid patch path /nope' });
    expect(await failure(client.send(new UpdateGatewayResponseCommand({ restApiId, responseType: 'THROTTLED', patchOperations: [{ op: 'replace', path: '/responseParameters/gatewayresponse.header.x', value: "'y'" }] })))).toMatchObject({ name: 'NotFoundException', message: 'Invalid parameter name specified' });
    expect(await failure(other.send(new GetGatewayResponsesCommand({ restApiId })))).toMatchObject({ name: 'NotFoundException' });
    expect(await failure(other.send(new PutGatewayResponseCommand({ restApiId, responseType: 'THROTTLED' })))).toMatchObject({ name: 'NotFoundException' });
  });

  it('creates TOKEN, REQUEST and Cognito authorizers with AWS defaults', async () => {
    const { restApiId } = await newApi();
    const token = await client.send(new CreateAuthorizerCommand({ restApiId, name: 'tok', type: 'TOKEN', authorizerUri: LAMBDA_URI, identitySource: 'method.request.header.Authorization', identityValidationExpression: '^Bearer .+$' }));
    expect(token).toMatchObject({ name: 'tok', type: 'TOKEN', authorizerUri: LAMBDA_URI, identitySource: 'method.request.header.Authorization', authorizerResultTtlInSeconds: 300 });
    const request = await client.send(new CreateAuthorizerCommand({ restApiId, name: 'req', type: 'REQUEST', authorizerUri: LAMBDA_URI, identitySource: 'method.request.header.x-key, method.request.querystring.k, stageVariables.v, context.sourceIp', authorizerResultTtlInSeconds: 0 }));
    expect(request).toMatchObject({ type: 'REQUEST', authorizerResultTtlInSeconds: 0 });
    const cognito = await client.send(new CreateAuthorizerCommand({ restApiId, name: 'pool', type: 'COGNITO_USER_POOLS', providerARNs: ['arn:aws:cognito-idp:us-east-1:000000000000:userpool/us-east-1_abc'], identitySource: 'method.request.header.Authorization' }));
    expect(cognito.providerARNs).toEqual(['arn:aws:cognito-idp:us-east-1:000000000000:userpool/us-east-1_abc']);
    expect(cognito.authorizerUri).toBeUndefined();

    expect(await client.send(new GetAuthorizerCommand({ restApiId, authorizerId: token.id }))).toMatchObject({ id: token.id, name: 'tok' });
    expect((await client.send(new GetAuthorizersCommand({ restApiId }))).items?.map((a) => a.id)).toEqual([token.id, request.id, cognito.id]);

    const updated = await client.send(new UpdateAuthorizerCommand({ restApiId, authorizerId: token.id, patchOperations: [
      { op: 'replace', path: '/authorizerResultTtlInSeconds', value: '60' },
      { op: 'replace', path: '/name', value: 'token2' },
      { op: 'replace', path: '/identityValidationExpression', value: '' },
    ] }));
    expect(updated).toMatchObject({ name: 'token2', authorizerResultTtlInSeconds: 60 });
    expect(updated.identityValidationExpression).toBeUndefined();
    expect((await failure(client.send(new UpdateAuthorizerCommand({ restApiId, authorizerId: token.id, patchOperations: [{ op: 'replace', path: '/authorizerResultTtlInSeconds', value: '3601' }] })))).name).toBe('BadRequestException');
  });

  it('refuses invalid authorizers, deletes unused ones, refuses used ones and TestInvokeAuthorizer', async () => {
    const { restApiId, rootId } = await newApi();
    const bad = (input: Record<string, unknown>) => failure(client.send(new CreateAuthorizerCommand({ restApiId, name: 'x', ...input } as never)));
    expect((await bad({ type: 'TOKEN', identitySource: 'method.request.header.A' })).message).toBe('Authorizer URI must be specified for authorizers of type TOKEN');
    expect((await bad({ type: 'TOKEN', authorizerUri: LAMBDA_URI })).message).toBe('Identity source must be specified for authorizers of type TOKEN');
    expect((await bad({ type: 'TOKEN', authorizerUri: LAMBDA_URI, identitySource: 'method.request.querystring.t' })).message).toMatch(/^Invalid identity source specified/);
    expect((await bad({ type: 'TOKEN', authorizerUri: LAMBDA_URI, identitySource: 'method.request.header.A', authorizerResultTtlInSeconds: 3601 })).message).toMatch(/^Invalid authorizer result TTL specified: 3601/);
    expect((await bad({ type: 'COGNITO_USER_POOLS', identitySource: 'method.request.header.A' })).message).toBe('ProviderARNs need to be specified for authorizers of type COGNITO_USER_POOLS');
    expect((await bad({ type: 'JWT', authorizerUri: LAMBDA_URI })).message).toMatch(/^1 validation error detected: Value 'JWT' at 'type'/);
    expect((await bad({ type: 'TOKEN', authorizerUri: LAMBDA_URI, identitySource: 'method.request.header.A', identityValidationExpression: '([' })).status).toBe(400);

    const auth = await client.send(new CreateAuthorizerCommand({ restApiId, name: 'used', type: 'TOKEN', authorizerUri: LAMBDA_URI, identitySource: 'method.request.header.Authorization' }));
    const invoke = await failure(client.send(new TestInvokeAuthorizerCommand({ restApiId, authorizerId: auth.id, headers: { Authorization: 'x' } })));
    expect(invoke).toMatchObject({ name: 'BadRequestException', status: 400 });
    expect(invoke.message).toMatch(/^TestInvokeAuthorizer is unavailable/);

    await client.send(new PutMethodCommand({ restApiId, resourceId: rootId, httpMethod: 'GET', authorizationType: 'CUSTOM', authorizerId: auth.id }));
    expect(await failure(client.send(new DeleteAuthorizerCommand({ restApiId, authorizerId: auth.id })))).toEqual({
      name: 'ConflictException', status: 409, message: "Cannot delete authorizer 'used', is referenced in method: GET//",
    });
    await client.send(new DeleteMethodCommand({ restApiId, resourceId: rootId, httpMethod: 'GET' }));
    await client.send(new DeleteAuthorizerCommand({ restApiId, authorizerId: auth.id }));
    expect(await failure(client.send(new GetAuthorizerCommand({ restApiId, authorizerId: auth.id })))).toEqual({ name: 'NotFoundException', status: 404, message: 'Invalid Authorizer identifier specified' });
    expect(await failure(other.send(new GetAuthorizersCommand({ restApiId })))).toMatchObject({ name: 'NotFoundException' });
  });
});
