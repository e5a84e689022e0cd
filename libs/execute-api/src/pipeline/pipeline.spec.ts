import type { ServerResponse } from 'node:http';
import { EventEmitter } from 'node:events';
import { fakeServices, newContext } from '../context.fixture';
import { createContext, type RequestContext } from './context';
import { GatewayError } from './gateway-error';
import { AFTER_RESPONSE_STAGE, ERROR_STAGE, runStages, STAGES, type NamedStage } from './pipeline';

/** A ServerResponse stand-in that records what was written. */
function fakeResponse() {
  const res = Object.assign(new EventEmitter(), {
    headersSent: false, destroyed: false, statusCode: 0, written: undefined as undefined | { status: number; headers: string[]; body: unknown },
    writeHead(status: number, headers: string[]) {
      res.statusCode = status;
      res.written = { status, headers, body: undefined };
      return res;
    },
    end(body: unknown) {
      res.written!.body = body;
      res.emit('close');
      return res;
    },
  });
  return res;
}

function contextWith(res: ReturnType<typeof fakeResponse>): RequestContext {
  const base = newContext();
  return createContext({ ...base, res: res as unknown as ServerResponse, services: fakeServices() });
}

describe('pipeline', () => {
  it('runs the stages in the documented order', () => {
    expect(STAGES.map((stage) => stage.name)).toEqual(['parse', 'route', 'authorize', 'api-key', 'limits', 'validate', 'request-mapping', 'integration', 'response-mapping']);
  });

  it('has gateway-response as the single error exit and observe after the response', () => {
    expect(ERROR_STAGE.name).toBe('gateway-response');
    expect(AFTER_RESPONSE_STAGE.name).toBe('observe');
  });
});

describe('runStages', () => {
  const respondWith: NamedStage = {
    name: 'respond',
    run: (ctx) => {
      ctx.response = { statusCode: 200, headers: [], body: 'ok' };
    },
  };

  it('runs sync stages within the same tick, in order, and writes the response', () => {
    const res = fakeResponse();
    const seen: string[] = [];
    const stages: NamedStage[] = [
      { name: 'a', run: () => void seen.push('a') },
      { name: 'b', run: () => void seen.push('b') },
      respondWith,
    ];
    runStages(contextWith(res), stages, 0);
    expect(seen).toEqual(['a', 'b']);
    expect(res.written).toEqual({ status: 200, headers: ['Content-Length', '2'], body: 'ok' });
  });

  it('awaits a stage only when it returns a promise, then continues', async () => {
    const res = fakeResponse();
    const seen: string[] = [];
    const stages: NamedStage[] = [
      { name: 'async', run: () => new Promise<void>((resolve) => setImmediate(() => { seen.push('async'); resolve(); })) },
      { name: 'after', run: () => void seen.push('after') },
      respondWith,
    ];
    runStages(contextWith(res), stages, 0);
    expect(seen).toEqual([]);
    await new Promise((resolve) => res.once('close', resolve));
    expect(seen).toEqual(['async', 'after']);
  });

  it.each([
    ['a sync throw', () => { throw new GatewayError('THROTTLED'); }],
    ['a rejected promise', () => Promise.reject(new GatewayError('THROTTLED'))],
  ])('sends %s to the gateway-response stage and skips the rest', async (_what, failing) => {
    const res = fakeResponse();
    const later = jest.fn();
    runStages(contextWith(res), [{ name: 'fail', run: failing }, { name: 'later', run: later }], 0);
    await new Promise((resolve) => (res.written?.body !== undefined ? resolve(undefined) : res.once('close', resolve)));
    expect(later).not.toHaveBeenCalled();
    expect(res.written?.status).toBe(429);
    expect(res.written?.body).toBe('{"message":"Too Many Requests"}');
  });
});
