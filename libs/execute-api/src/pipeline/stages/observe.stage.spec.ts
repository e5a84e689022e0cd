import pino from 'pino';
import { fakeServices, newContext, fakeRequest } from '../../context.fixture';
import { GatewayError } from '../gateway-error';
import { observeStage } from './observe.stage';

describe('observe stage', () => {
  function capture(level: string) {
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
    return { lines, services: fakeServices({ logger }) };
  }

  it('writes one access-log line with the request outcome', () => {
    const { lines, services } = capture('info');
    const ctx = newContext(fakeRequest(), services);
    Object.assign(ctx, { restApiId: 'abc123defg', stageName: 'dev', rawPath: '/x', httpMethod: 'GET', sourceIp: '203.0.113.9' });
    (ctx as { res: unknown }).res = { statusCode: 403 };
    ctx.error = new GatewayError('MISSING_AUTHENTICATION_TOKEN', undefined, 'no resource or method matches');

    observeStage(ctx);

    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: 'request', requestId: ctx.requestId, apiId: 'abc123defg', stage: 'dev', path: '/x', httpMethod: 'GET', status: 403,
      ip: '203.0.113.9', errorType: 'MISSING_AUTHENTICATION_TOKEN', errorDetail: 'no resource or method matches',
    });
    expect(typeof lines[0].latencyMs).toBe('number');
  });

  it('does nothing when info logging is off', () => {
    const { lines, services } = capture('warn');
    observeStage(newContext(fakeRequest(), services));
    expect(lines).toHaveLength(0);
  });
});
