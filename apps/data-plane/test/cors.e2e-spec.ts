import { InMemorySnapshotStore } from '@tollgate/snapshot-store';
import { buildIntegration, buildIntegrationResponse, buildMethod, buildResource, buildSnapshot, buildStageRecord } from '@tollgate/testing';
import { compileSnapshot, type CompiledSnapshot } from '@tollgate/execute-api';
import { startDataPlane, type RunningDataPlane } from '../src/server';
import { call } from './invoke-client';

const API = 'corsapi001';
const HOST = `${API}.execute-api.us-east-1.localhost`;

/** What the console's "Enable CORS" creates: an OPTIONS method with a MOCK integration and header mappings. */
function preflightMethod(origin: string) {
  return buildMethod({
    integration: buildIntegration({
      requestTemplates: { 'application/json': '{"statusCode": 200}' },
      integrationResponses: {
        '200': buildIntegrationResponse({
          responseParameters: {
            'method.response.header.Access-Control-Allow-Headers': "'Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token'",
            'method.response.header.Access-Control-Allow-Methods': "'GET,PUT,OPTIONS'",
            'method.response.header.Access-Control-Allow-Origin': `'${origin}'`,
            'method.response.header.Access-Control-Max-Age': "'600'",
          },
          responseTemplates: { 'application/json': '' },
        }),
      },
    }),
  });
}

describe('CORS (in-process data plane)', () => {
  let plane: RunningDataPlane;

  beforeAll(async () => {
    const snapshot = buildSnapshot({
      restApiId: API,
      resources: [
        buildResource('/'),
        buildResource('/items', {
          OPTIONS: preflightMethod('https://app.example'),
          GET: buildMethod({
            integration: buildIntegration({
              integrationResponses: {
                '200': buildIntegrationResponse({
                  responseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'https://app.example'" },
                  responseTemplates: { 'application/json': '{"items":[]}' },
                }),
              },
            }),
          }),
        }),
        buildResource('/echo-origin', {
          OPTIONS: buildMethod({
            integration: buildIntegration({
              integrationResponses: {
                '200': buildIntegrationResponse({
                  // Origin reflected from the request through the response template's override.
                  responseTemplates: { 'application/json': '#set($context.responseOverride.header.Access-Control-Allow-Origin = $input.params(\'Origin\'))' },
                  responseParameters: { 'method.response.header.Access-Control-Allow-Methods': "'GET'" },
                }),
              },
            }),
          }),
        }),
        buildResource('/no-cors', { GET: buildMethod() }),
      ],
      gatewayResponses: {
        DEFAULT_4XX: {
          responseType: 'DEFAULT_4XX',
          responseParameters: {
            'gatewayresponse.header.Access-Control-Allow-Origin': "'*'",
            'gatewayresponse.header.Access-Control-Allow-Headers': "'Content-Type,Authorization'",
          },
          responseTemplates: {},
        },
      },
    });
    const store = new InMemorySnapshotStore<CompiledSnapshot>(compileSnapshot);
    store.put(buildStageRecord({ stageName: 'dev' }, snapshot), snapshot);
    plane = await startDataPlane({ store, httpPort: 0 });
  });

  afterAll(async () => {
    await plane.close();
  });

  it('answers a preflight exactly as the OPTIONS MOCK method configures it', async () => {
    const reply = await call(plane.httpUrl, '/dev/items', {
      method: 'OPTIONS',
      headers: { Host: HOST, Origin: 'https://app.example', 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('');
    expect(reply.headers['access-control-allow-headers']).toBe('Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token');
    expect(reply.headers['access-control-allow-methods']).toBe('GET,PUT,OPTIONS');
    expect(reply.headers['access-control-allow-origin']).toBe('https://app.example');
    expect(reply.headers['access-control-max-age']).toBe('600');
    expect(reply.rawHeaderNames).toContain('Access-Control-Allow-Origin');
    expect(reply.headers['content-type']).toBe('application/json');
    expect(reply.headers['x-amzn-requestid']).toBeDefined();
    // Nothing else CORS-related is invented: no credentials or expose headers unless configured.
    expect(reply.headers['access-control-allow-credentials']).toBeUndefined();
    expect(reply.headers['access-control-expose-headers']).toBeUndefined();
  });

  it('sends the configured origin on the actual request', async () => {
    const reply = await call(plane.httpUrl, '/dev/items', { headers: { Host: HOST, Origin: 'https://app.example' } });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('{"items":[]}');
    expect(reply.headers['access-control-allow-origin']).toBe('https://app.example');
  });

  it('can reflect the Origin through responseOverride in the OPTIONS response template', async () => {
    const reply = await call(plane.httpUrl, '/dev/echo-origin', { method: 'OPTIONS', headers: { Host: HOST, Origin: 'https://other.example' } });
    expect(reply.status).toBe(200);
    expect(reply.headers['access-control-allow-origin']).toBe('https://other.example');
    expect(reply.headers['access-control-allow-methods']).toBe('GET');
  });

  it('gives no CORS headers on a method that does not map them', async () => {
    const reply = await call(plane.httpUrl, '/dev/no-cors', { headers: { Host: HOST, Origin: 'https://app.example' } });
    expect(reply.status).toBe(200);
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers a preflight on a resource without OPTIONS with 403, carrying the DEFAULT_4XX CORS headers', async () => {
    const reply = await call(plane.httpUrl, '/dev/no-cors', { method: 'OPTIONS', headers: { Host: HOST, Origin: 'https://app.example', 'Access-Control-Request-Method': 'GET' } });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body)).toEqual({ message: 'Missing Authentication Token' });
    expect(reply.headers['access-control-allow-origin']).toBe('*');
    expect(reply.headers['access-control-allow-headers']).toBe('Content-Type,Authorization');
    expect(reply.headers['x-amzn-errortype']).toBe('MissingAuthenticationTokenException');
  });
});
