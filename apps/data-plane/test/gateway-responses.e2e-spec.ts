import { InMemorySnapshotStore } from '@tollgate/snapshot-store';
import type { Snapshot } from '@tollgate/model';
import {
  buildHttpProxyIntegration, buildIntegration, buildIntegrationResponse, buildMethod, buildResource, buildSnapshot, buildStageRecord,
} from '@tollgate/testing';
import { compileSnapshot, type CompiledSnapshot } from '@tollgate/execute-api';
import { startDataPlane, type RunningDataPlane } from '../src/server';
import { call, type Reply } from './invoke-client';
import { closedPort, startUpstreamStub, type UpstreamStub } from './upstream-stub';

const PLAIN = 'gwrplain01';
const CUSTOM = 'gwrcustom1';
const host = (api: string) => `${api}.execute-api.us-east-1.localhost`;

function resources(upstreamUrl: string, deadPort: number): Snapshot['resources'] {
  return [
    buildResource('/'),
    buildResource('/mock', { GET: buildMethod() }),
    buildResource('/never', {
      POST: buildMethod({ integration: buildIntegration({ passthroughBehavior: 'NEVER', requestTemplates: { 'application/json': '{"statusCode": 200}' } }) }),
    }),
    buildResource('/no-match', {
      GET: buildMethod({ integration: buildIntegration({ integrationResponses: { '400': buildIntegrationResponse({ statusCode: '400', selectionPattern: '4\\d\\d' }) } }) }),
    }),
    buildResource('/bad-template', {
      GET: buildMethod({ integration: buildIntegration({ integrationResponses: { '200': buildIntegrationResponse({ responseTemplates: { 'application/json': '$util.parseJson("{oops")' } }) } }) }),
    }),
    buildResource('/validated', {
      POST: buildMethod({
        requestValidatorId: 'val0000001',
        requestParameters: { 'method.request.header.X-Need': true },
        requestModels: { 'application/json': 'Pet' },
      }),
    }),
    buildResource('/bad-header', {
      GET: buildMethod({ integration: buildIntegration({ integrationResponses: { '200': buildIntegrationResponse({ responseParameters: { 'method.response.header.X-Bad': "'line\nbreak'" } }) } }) }),
    }),
    buildResource('/slow', { GET: buildMethod({ integration: buildHttpProxyIntegration(`${upstreamUrl}/slow`, { timeoutInMillis: 200 }) }) }),
    buildResource('/down', { GET: buildMethod({ integration: buildHttpProxyIntegration(`http://127.0.0.1:${deadPort}/x`) }) }),
  ];
}

function expectErrorHeaders(reply: Reply, errorType: string): void {
  expect(reply.headers['x-amzn-errortype']).toBe(errorType);
  expect(reply.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
  expect(reply.headers['x-amz-apigw-id']).toBeDefined();
  // AWS sends no trace id on errors (AWS-BEHAVIOUR.md §1 R1).
  expect(reply.headers['x-amzn-trace-id']).toBeUndefined();
}

describe('gateway responses (in-process data plane)', () => {
  let upstream: UpstreamStub;
  let plane: RunningDataPlane;

  beforeAll(async () => {
    upstream = await startUpstreamStub();
    const deadPort = await closedPort();
    const store = new InMemorySnapshotStore<CompiledSnapshot>(compileSnapshot);
    const validation = {
      models: { Pet: { name: 'Pet', contentType: 'application/json', schema: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } } },
      requestValidators: { val0000001: { id: 'val0000001', name: 'all', validateRequestBody: true, validateRequestParameters: true } },
    };
    const plain = buildSnapshot({ restApiId: PLAIN, resources: resources(upstream.url, deadPort), ...validation });
    const custom = buildSnapshot({
      restApiId: CUSTOM,
      resources: resources(upstream.url, deadPort),
      ...validation,
      gatewayResponses: {
        DEFAULT_4XX: {
          responseType: 'DEFAULT_4XX',
          responseParameters: {
            'gatewayresponse.header.Access-Control-Allow-Origin': "'*'",
            'gatewayresponse.header.X-Echo-Origin': 'method.request.header.Origin',
            'gatewayresponse.header.X-Stage': 'context.stage',
          },
          responseTemplates: { 'application/json': '{"error":$context.error.messageString,"type":"$context.error.responseType","v":"$stageVariables.v","id":"$context.requestId"}' },
        },
        MISSING_AUTHENTICATION_TOKEN: {
          responseType: 'MISSING_AUTHENTICATION_TOKEN', statusCode: '404',
          responseParameters: {}, responseTemplates: { 'application/json': '{"message":"No route: $context.error.message"}' },
        },
        DEFAULT_5XX: {
          responseType: 'DEFAULT_5XX',
          responseParameters: { 'gatewayresponse.header.X-Family': "'5xx'" },
          responseTemplates: { 'application/json': '{"oops":$context.error.messageString}' },
        },
        BAD_REQUEST_BODY: {
          responseType: 'BAD_REQUEST_BODY', statusCode: '422', responseParameters: {},
          responseTemplates: { 'application/json': '{"message":$context.error.messageString,"detail":"$context.error.validationErrorString"}' },
        },
        INTEGRATION_TIMEOUT: {
          responseType: 'INTEGRATION_TIMEOUT', statusCode: '503',
          responseParameters: { 'gatewayresponse.header.Retry-After': "'3'" }, responseTemplates: {},
        },
      },
    });
    store.put(buildStageRecord({ stageName: 'dev' }, plain), plain);
    store.put(buildStageRecord({ stageName: 'dev', variables: { v: 'var-1' } }, custom), custom);
    plane = await startDataPlane({ store, httpPort: 0 });
  });

  afterAll(async () => {
    await plane.close();
    await upstream.close();
  });

  describe('AWS defaults', () => {
    it.each([
      ['MISSING_AUTHENTICATION_TOKEN for an unknown path', 'GET', '/dev/nowhere', {}, 403, 'Missing Authentication Token', 'MissingAuthenticationTokenException'],
      ['UNSUPPORTED_MEDIA_TYPE for passthrough NEVER', 'POST', '/dev/never', { 'Content-Type': 'text/plain' }, 415, 'Unsupported Media Type', 'BadRequestException'],
      ['API_CONFIGURATION_ERROR when no integration response matches', 'GET', '/dev/no-match', {}, 500, 'Internal server error', 'InternalServerErrorException'],
      ['API_CONFIGURATION_ERROR when a response template fails', 'GET', '/dev/bad-template', {}, 500, 'Internal server error', 'InternalServerErrorException'],
      ['a plain 500 when a mapped header value cannot be sent', 'GET', '/dev/bad-header', {}, 500, 'Internal server error', 'InternalServerErrorException'],
      ['INTEGRATION_TIMEOUT', 'GET', '/dev/slow', {}, 504, 'Endpoint request timed out', 'InternalServerErrorException'],
      ['INTEGRATION_FAILURE (500 at runtime)', 'GET', '/dev/down', {}, 500, 'Internal server error', 'InternalServerErrorException'],
    ])('%s', async (_what, method, path, headers, status, message, errorType) => {
      const reply = await call(plane.httpUrl, path, { method, headers: { Host: host(PLAIN), ...headers } });
      expect(reply.status).toBe(status);
      expect(JSON.parse(reply.body)).toEqual({ message });
      expect(reply.headers['content-type']).toBe('application/json');
      expectErrorHeaders(reply, errorType);
    });
  });

  describe('customised per API', () => {
    it('applies the type-specific response (status, template with $context.error.message)', async () => {
      const reply = await call(plane.httpUrl, '/dev/nowhere', { headers: { Host: host(CUSTOM) } });
      expect(reply.status).toBe(404);
      expect(JSON.parse(reply.body)).toEqual({ message: 'No route: Missing Authentication Token' });
      expectErrorHeaders(reply, 'MissingAuthenticationTokenException');
    });

    it('falls back to DEFAULT_4XX with its CORS and mapped headers, keeping the type status', async () => {
      const reply = await call(plane.httpUrl, '/dev/never', { method: 'POST', headers: { Host: host(CUSTOM), 'Content-Type': 'text/plain', Origin: 'https://app.example' } });
      expect(reply.status).toBe(415);
      expect(reply.headers['access-control-allow-origin']).toBe('*');
      expect(reply.headers['x-echo-origin']).toBe('https://app.example');
      expect(reply.headers['x-stage']).toBe('dev');
      const body = JSON.parse(reply.body);
      expect(body).toEqual({ error: 'Unsupported Media Type', type: 'UNSUPPORTED_MEDIA_TYPE', v: 'var-1', id: reply.headers['x-amzn-requestid'] });
      expectErrorHeaders(reply, 'BadRequestException');
    });

    it('falls back to DEFAULT_5XX for 5xx types', async () => {
      const reply = await call(plane.httpUrl, '/dev/no-match', { headers: { Host: host(CUSTOM) } });
      expect(reply.status).toBe(500);
      expect(reply.headers['x-family']).toBe('5xx');
      expect(JSON.parse(reply.body)).toEqual({ oops: 'Internal server error' });
      expectErrorHeaders(reply, 'InternalServerErrorException');
    });

    it('uses a type with only a status and a header, keeping the default body', async () => {
      const reply = await call(plane.httpUrl, '/dev/slow', { headers: { Host: host(CUSTOM) } });
      expect(reply.status).toBe(503);
      expect(reply.headers['retry-after']).toBe('3');
      expect(JSON.parse(reply.body)).toEqual({ message: 'Endpoint request timed out' });
    });

    it('leaves successful responses alone', async () => {
      const reply = await call(plane.httpUrl, '/dev/mock', { headers: { Host: host(CUSTOM) } });
      expect(reply.status).toBe(200);
      expect(reply.headers['access-control-allow-origin']).toBeUndefined();
      expect(reply.headers['x-amzn-errortype']).toBeUndefined();
      expect(reply.headers['x-amzn-requestid']).toBeDefined();
    });
  });

  describe('request validation failures', () => {
    it('answers BAD_REQUEST_PARAMETERS with the AWS default body', async () => {
      const reply = await call(plane.httpUrl, '/dev/validated', { method: 'POST', headers: { Host: host(PLAIN), 'Content-Type': 'application/json' }, body: '{"name":"rex"}' });
      expect(reply.status).toBe(400);
      expect(JSON.parse(reply.body)).toEqual({ message: 'Missing required request parameters: [X-Need]' });
      expectErrorHeaders(reply, 'BadRequestException');
    });

    it('gives a customised BAD_REQUEST_BODY template $context.error.validationErrorString', async () => {
      const reply = await call(plane.httpUrl, '/dev/validated', { method: 'POST', headers: { Host: host(CUSTOM), 'Content-Type': 'application/json', 'X-Need': '1' }, body: '{"age":3}' });
      expect(reply.status).toBe(422);
      // Substituted as it is, not JSON-escaped (simple substitution, as on AWS).
      expect(reply.body).toBe('{"message":"Invalid request body","detail":"[object has missing required properties (["name"])]"}');
      expectErrorHeaders(reply, 'BadRequestException');
    });
  });
});
