import { Readable } from 'node:stream';
import type { SnapshotIntegration } from '@tollgate/model';
import { buildHttpProxyIntegration, buildIntegration, buildIntegrationResponse, buildMethod, buildResource, buildSnapshot } from '@tollgate/testing';
import { routedContext, thrownType } from '../../context.fixture';
import type { FlatHeaders } from '../context';
import { responseMappingStage } from './response-mapping.stage';

function headerMap(headers: FlatHeaders): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (let i = 0; i < headers.length; i += 2) (map[headers[i]] ??= []).push(headers[i + 1]);
  return map;
}

describe('response-mapping stage: HTTP_PROXY', () => {
  const snapshot = buildSnapshot({ resources: [buildResource('/p', { GET: buildMethod({ integration: buildHttpProxyIntegration('http://b/p') }) })] });

  it('passes status and body stream through, drops and remaps headers, adds request ids', () => {
    const ctx = routedContext(snapshot, 'GET', '/p');
    const body = Readable.from(['{}']);
    ctx.endpointResponse = {
      statusCode: 404,
      headers: {
        'content-type': 'application/json', 'content-length': '2', 'transfer-encoding': 'chunked', 'content-encoding': 'gzip',
        via: '1.1 x', connection: 'keep-alive', date: 'Mon', server: 'nginx', 'set-cookie': ['a=1', 'b=2'],
      },
      body,
    };

    responseMappingStage(ctx);

    expect(ctx.response?.statusCode).toBe(404);
    expect(ctx.response?.body).toBe(body);
    expect(headerMap(ctx.response!.headers)).toEqual({
      'content-type': ['application/json'],
      'x-amzn-Remapped-Content-Length': ['2'],
      'Content-Length': ['2'],
      'x-amzn-Remapped-Connection': ['keep-alive'],
      'x-amzn-Remapped-Date': ['Mon'],
      'x-amzn-Remapped-Server': ['nginx'],
      'set-cookie': ['a=1', 'b=2'],
      'x-amzn-RequestId': [ctx.requestId],
      'x-amz-apigw-id': [ctx.extendedRequestId],
    });
  });
});

describe('response-mapping stage: MOCK', () => {
  function mockSnapshot(integrationResponses: SnapshotIntegration['integrationResponses']) {
    return buildSnapshot({ resources: [buildResource('/m', { GET: buildMethod({ integration: buildIntegration({ integrationResponses }) }) })] });
  }
  const responses = {
    '200': buildIntegrationResponse({
      responseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'*'", 'method.request.querystring.x': "'ignored'" },
      responseTemplates: { 'application/json': '{"ok":true}', 'application/xml': '<ok/>' },
    }),
    '400': buildIntegrationResponse({ statusCode: '400', selectionPattern: '4\\d\\d', responseTemplates: { 'text/plain': 'bad' } }),
    '500': buildIntegrationResponse({ statusCode: '500', selectionPattern: '5.*' }),
  };

  it.each([
    ['the default for 200', 200, undefined, 200, 'application/json', '{"ok":true}'],
    ['the template the Accept header asks for', 200, 'application/xml, application/json;q=0.9', 200, 'application/xml', '<ok/>'],
    ['a full-match pattern', 404, undefined, 400, 'text/plain', 'bad'],
    ['an empty body when there is no template', 503, undefined, 500, 'application/json', ''],
    ['the default when a pattern only matches partly (full match, like Java)', 2404, undefined, 200, 'application/json', '{"ok":true}'],
  ])('selects %s', (_what, endpointStatus, accept, status, contentType, body) => {
    const ctx = routedContext(mockSnapshot(responses), 'GET', '/m', { headers: accept ? { Accept: accept } : {} });
    ctx.endpointResponse = { statusCode: endpointStatus, headers: {}, body: '' };
    responseMappingStage(ctx);
    expect(ctx.response?.statusCode).toBe(status);
    expect(ctx.response?.body).toBe(body);
    expect(headerMap(ctx.response!.headers)['Content-Type']).toEqual([contentType]);
  });

  it('applies static method.response.header mappings only', () => {
    const ctx = routedContext(mockSnapshot(responses), 'GET', '/m');
    ctx.endpointResponse = { statusCode: 200, headers: {}, body: '' };
    responseMappingStage(ctx);
    const headers = headerMap(ctx.response!.headers);
    expect(headers['Access-Control-Allow-Origin']).toEqual(['*']);
    expect(headers['x-amzn-RequestId']).toEqual([ctx.requestId]);
    expect(Object.keys(headers)).not.toContain('X-Amzn-Trace-Id');
  });

  it('is API_CONFIGURATION_ERROR when nothing matches and there is no default', async () => {
    const ctx = routedContext(mockSnapshot({ '400': responses['400'] }), 'GET', '/m');
    ctx.endpointResponse = { statusCode: 200, headers: {}, body: '' };
    expect(await thrownType(() => responseMappingStage(ctx))).toBe('API_CONFIGURATION_ERROR');
  });
});
