import { buildHttpProxyIntegration, buildMethod, buildResource, buildSnapshot } from '@tollgate/testing';
import { FakeUpstream, fakeServices, routedContext, thrownType } from '../../context.fixture';
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { LimitedBody } from '../../http/limited-body';
import { UpstreamError } from '../../integrations/upstream-client';
import { integrationStage } from './integration.stage';

const snapshot = buildSnapshot({ resources: [buildResource('/p', { GET: buildMethod({ integration: buildHttpProxyIntegration('http://b/p') }) })] });
const httpRequest = { kind: 'http' as const, origin: 'http://b', path: '/p', method: 'GET', headers: [], body: undefined, timeoutMs: 100 };

describe('integration stage', () => {
  it('answers MOCK synchronously with the status and an empty body', () => {
    const ctx = routedContext();
    ctx.integrationRequest = { kind: 'mock', statusCode: 418 };
    expect(integrationStage(ctx)).toBeUndefined();
    expect(ctx.endpointResponse).toEqual({ statusCode: 418, headers: {}, body: '' });
  });

  it('sends the HTTP request to the upstream client and keeps its response', async () => {
    const upstream = new FakeUpstream(() => Promise.resolve({ statusCode: 201, headers: { a: 'b' }, body: 'x' }));
    const ctx = routedContext(snapshot, 'GET', '/p', {}, {}, fakeServices({ upstream }));
    ctx.integrationRequest = httpRequest;
    await integrationStage(ctx);
    expect(upstream.requests).toEqual([httpRequest]);
    expect(ctx.endpointResponse).toEqual({ statusCode: 201, headers: { a: 'b' }, body: 'x' });
  });

  it.each([
    ['timeout', 'INTEGRATION_TIMEOUT'],
    ['failure', 'INTEGRATION_FAILURE'],
  ] as const)('maps an upstream %s to %s', async (reason, type) => {
    const upstream = new FakeUpstream(() => Promise.reject(new UpstreamError(reason, 'boom')));
    const ctx = routedContext(snapshot, 'GET', '/p', {}, {}, fakeServices({ upstream }));
    ctx.integrationRequest = httpRequest;
    expect(await thrownType(() => integrationStage(ctx))).toBe(type);
  });

  it('answers REQUEST_TOO_LARGE when a chunked body was cut off at the limit, whatever the upstream error', async () => {
    const body = new LimitedBody(Readable.from([Buffer.alloc(8), Buffer.alloc(8)]) as unknown as IncomingMessage, 10);
    const upstream = new FakeUpstream(() => new Promise((_resolve, reject) => {
      body.on('error', () => reject(new UpstreamError('failure', 'body stream failed')));
      body.resume();
    }));
    const ctx = routedContext(snapshot, 'GET', '/p', {}, {}, fakeServices({ upstream }));
    ctx.integrationRequest = { ...httpRequest, body };
    expect(await thrownType(() => integrationStage(ctx))).toBe('REQUEST_TOO_LARGE');
    expect(body.exceeded).toBe(true);
  });
});
