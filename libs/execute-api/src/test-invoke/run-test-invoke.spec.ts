import { Readable } from 'node:stream';
import pino from 'pino';
import { buildHttpProxyIntegration, buildIntegration, buildIntegrationResponse, buildMethod, buildResource, buildSnapshot } from '@tollgate/testing';
import { FakeUpstream } from '../context.fixture';
import { UpstreamError } from '../integrations/upstream-client';
import { STAGES } from '../pipeline/pipeline';
import { findTestInvokeTarget, prepareTestInvokeStage, runTestInvoke, TEST_INVOKE_STAGES, type TestInvokeServices } from './run-test-invoke';
import { logDate } from './execution-log';

const logger = pino({ level: 'silent' });
const LINE = /^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} UTC \d{4} : /;

function messages(log: string): string[] {
  const lines = log.trimEnd().split('\n');
  return lines.slice(1).map((line) => line.replace(LINE, ''));
}

function services(upstream = new FakeUpstream(() => Promise.resolve({ statusCode: 200, headers: {}, body: '' }))): TestInvokeServices & { upstream: FakeUpstream } {
  return { upstream, logger };
}

const mockResource = buildResource('/pets/{id}', {
  GET: buildMethod({
    apiKeyRequired: true,
    integration: buildIntegration({
      requestTemplates: { 'application/json': '{"statusCode": 200}' },
      integrationResponses: { '200': buildIntegrationResponse({ responseParameters: { 'method.response.header.X-Static': "'fixed'" }, responseTemplates: { 'application/json': '{"ok":true}' } }) },
    }),
  }),
});

describe('TEST_INVOKE_STAGES', () => {
  it('is the pipeline without parse, route, authorize, api-key and limits, in the same order', () => {
    expect(TEST_INVOKE_STAGES.map((s) => s.name)).toEqual(STAGES.map((s) => s.name).filter((n) => !['parse', 'route', 'authorize', 'api-key', 'limits'].includes(n)));
    expect(TEST_INVOKE_STAGES.map((s) => s.name)).toContain('integration');
  });
});

describe('runTestInvoke', () => {
  it('runs a MOCK method (even with apiKeyRequired) and logs AWS-style lines', async () => {
    const served = prepareTestInvokeStage(buildSnapshot({ resources: [buildResource('/'), mockResource] }));
    const result = await runTestInvoke(served, { httpMethod: 'GET', resourceId: mockResource.id, pathWithQueryString: '/pets/7?a=1&a=2&b=x', headers: { Accept: 'application/json' } }, services());
    expect(result.status).toBe(200);
    expect(result.body).toBe('{"ok":true}');
    expect(result.headers['X-Static']).toBe('fixed');
    expect(result.headers['Content-Type']).toBe('application/json');
    expect(result.headers).not.toHaveProperty('x-amzn-RequestId');
    expect(result.headers).not.toHaveProperty('X-Amzn-Trace-Id');
    expect(result.multiValueHeaders['X-Static']).toEqual(['fixed']);
    expect(result.latency).toBeGreaterThanOrEqual(0);
    const [first] = result.log.split('\n');
    expect(first).toMatch(/^Execution log for request [0-9a-f-]{36}$/);
    expect(result.log.split('\n').slice(1, -1).every((line) => LINE.test(line))).toBe(true);
    expect(messages(result.log)).toEqual([
      `Starting execution for request: ${first.slice('Execution log for request '.length)}`,
      'HTTP Method: GET, Resource Path: /pets/{id}',
      'Method request path: {id=7}',
      'Method request query string: {a=2, b=x}',
      'Method request headers: {Accept=application/json}',
      'Method request body before transformations: ',
      'Method response body after transformations: {"ok":true}',
      'Method response headers: {X-Static=fixed, Content-Type=application/json}',
      'Successfully completed execution',
      'Method completed with status: 200',
    ]);
  });

  it('calls an HTTP_PROXY backend with the body, stage variables in the URI, and logs the endpoint exchange', async () => {
    const upstream = new FakeUpstream(() => Promise.resolve({ statusCode: 201, headers: { 'content-type': 'text/plain', 'x-up': 'yes' }, body: Readable.from([Buffer.from('created')]) }));
    const resource = buildResource('/items', { POST: buildMethod({ integration: buildHttpProxyIntegration('http://backend.test:8080/${stageVariables.base}/items') }) });
    const served = prepareTestInvokeStage(buildSnapshot({ resources: [resource] }));
    const result = await runTestInvoke(served, {
      httpMethod: 'POST', resourceId: resource.id, body: '{"name":"rex"}',
      headers: { 'Content-Type': 'application/json', 'Content-Length': '999' }, multiValueHeaders: { 'X-Multi': ['1', '2'] },
      stageVariables: { base: 'v2' },
    }, services(upstream));
    expect(result.status).toBe(201);
    expect(result.body).toBe('created');
    expect(result.headers['x-up']).toBe('yes');
    expect(result.headers['X-Amzn-Trace-Id']).toMatch(/^Root=1-/);
    const sent = upstream.requests[0];
    expect(sent.origin).toBe('http://backend.test:8080');
    expect(sent.path).toBe('/v2/items');
    expect(sent.method).toBe('POST');
    expect(Buffer.isBuffer(sent.body) && sent.body.toString()).toBe('{"name":"rex"}');
    expect(sent.headers).toEqual(expect.arrayContaining(['Content-Length', '14', 'X-Multi', '1', 'X-Multi', '2']));
    expect(sent.headers).not.toContain('999');
    const log = messages(result.log);
    expect(log).toEqual(expect.arrayContaining([
      'Method request headers: {X-Multi=1,2, Content-Type=application/json, Content-Length=999}',
      'Method request body before transformations: {"name":"rex"}',
      'Endpoint request URI: http://backend.test:8080/v2/items',
      'Endpoint request body after transformations: {"name":"rex"}',
      'Sending request to http://backend.test:8080/v2/items',
      'Endpoint response headers: {content-type=text/plain, x-up=yes}',
      'Endpoint response body before transformations: created',
      'Method response body after transformations: created',
      'Successfully completed execution',
      'Method completed with status: 201',
    ]));
    expect(log.find((line) => line.startsWith('Received response.'))).toMatch(/^Received response\. Status: 201, Integration latency: \d+ ms$/);
    expect(log.indexOf('Sending request to http://backend.test:8080/v2/items')).toBeLessThan(log.findIndex((line) => line.startsWith('Received response.')));
  });

  it('answers a backend timeout with the gateway response and logs the failure', async () => {
    const upstream = new FakeUpstream(() => Promise.reject(new UpstreamError('timeout', 'Headers Timeout Error')));
    const resource = buildResource('/slow', { GET: buildMethod({ integration: buildHttpProxyIntegration('http://backend.test/slow') }) });
    const result = await runTestInvoke(prepareTestInvokeStage(buildSnapshot({ resources: [resource] })), { httpMethod: 'GET', resourceId: resource.id }, services(upstream));
    expect(result.status).toBe(504);
    expect(JSON.parse(result.body)).toEqual({ message: 'Endpoint request timed out' });
    expect(messages(result.log).slice(-5)).toEqual([
      'Execution failed due to a timeout error',
      'Gateway response type: INTEGRATION_TIMEOUT with status code: 504',
      'Gateway response body: {"message":"Endpoint request timed out"}',
      expect.stringMatching(/^Gateway response headers: \{X-Amzn-Trace-Id=Root=1-[0-9a-f]+-[0-9a-f]{24}, .*Content-Type=application\/json.*\}$/),
      'Method completed with status: 504',
    ]);
  });

  it('uses the resource path when no path is given and leaves path parameters empty when the path does not match', async () => {
    const served = prepareTestInvokeStage(buildSnapshot({ resources: [buildResource('/'), mockResource] }));
    const plain = await runTestInvoke(served, { httpMethod: 'GET', resourceId: mockResource.id }, services());
    expect(messages(plain.log)).toContain('Method request path: {id={id}}');
    const elsewhere = await runTestInvoke(served, { httpMethod: 'GET', resourceId: mockResource.id, pathWithQueryString: '/other/path/here' }, services());
    expect(elsewhere.status).toBe(200);
    expect(messages(elsewhere.log)).toContain('Method request path: {}');
  });
});

describe('logDate', () => {
  it('formats like Java Date.toString() in UTC', () => {
    expect(logDate(Date.UTC(2026, 10, 21, 13, 7, 4))).toBe('Sat Nov 21 13:07:04 UTC 2026');
    expect(logDate(Date.UTC(2017, 7, 31, 1, 7, 25))).toBe('Thu Aug 31 01:07:25 UTC 2017');
  });
});

describe('findTestInvokeTarget', () => {
  const any = buildResource('/{proxy+}', { ANY: buildMethod() });
  const served = prepareTestInvokeStage(buildSnapshot({ resources: [buildResource('/', { GET: buildMethod() }), any] }));

  it('runs the ANY method for a verb the resource has no method for, and ANY itself as GET', () => {
    expect(findTestInvokeTarget(served, any.id, 'DELETE')).toMatchObject({ resource: any, verb: 'DELETE', method: { httpMethod: 'ANY' } });
    expect(findTestInvokeTarget(served, any.id, 'ANY')).toMatchObject({ verb: 'GET', method: { httpMethod: 'ANY' } });
  });

  it('finds nothing for a missing resource or method', () => {
    expect(findTestInvokeTarget(served, 'nope000000', 'GET')).toBeUndefined();
    expect(findTestInvokeTarget(served, served.snapshot.resources[0].id, 'POST')).toBeUndefined();
  });
});
