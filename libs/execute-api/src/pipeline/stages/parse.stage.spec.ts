import { fakeRequest, newContext } from '../../context.fixture';
import { GatewayError } from '../gateway-error';
import { parseStage } from './parse.stage';

const cases: { what: string; host: string; url: string; api: string; stage: string; path: string; query?: string }[] = [
  { what: 'host-based', host: 'abc123defg.execute-api.us-east-1.localhost', url: '/dev/pets/1', api: 'abc123defg', stage: 'dev', path: '/pets/1' },
  { what: 'host with port, upper-case id', host: 'ABC123DEFG.execute-api.localhost:4443', url: '/dev/x', api: 'abc123defg', stage: 'dev', path: '/x' },
  { what: 'LocalStack-style host', host: 'abc123defg.execute-api.localhost.localstack.cloud:4566', url: '/dev/', api: 'abc123defg', stage: 'dev', path: '/' },
  { what: 'stage only', host: 'abc123defg.execute-api.localhost', url: '/dev', api: 'abc123defg', stage: 'dev', path: '/' },
  { what: 'query string kept raw', host: 'abc123defg.execute-api.localhost', url: '/dev/p?a=1&b=x+y&a=2', api: 'abc123defg', stage: 'dev', path: '/p', query: 'a=1&b=x+y&a=2' },
  { what: 'path not decoded, doubled slash after stage kept', host: 'abc123defg.execute-api.localhost', url: '/dev//a%2Fb', api: 'abc123defg', stage: 'dev', path: '//a%2Fb' },
  { what: 'doubled slash before stage ignored', host: 'abc123defg.execute-api.localhost', url: '//dev/x', api: 'abc123defg', stage: 'dev', path: '/x' },
  { what: 'path equal to the stage name', host: 'abc123defg.execute-api.localhost', url: '/dev/dev', api: 'abc123defg', stage: 'dev', path: '/dev' },
  { what: 'path-based', host: '127.0.0.1:4567', url: '/restapis/abc123defg/prod/_user_request_/pets?x=1', api: 'abc123defg', stage: 'prod', path: '/pets', query: 'x=1' },
  { what: 'path-based root', host: '127.0.0.1:4567', url: '/restapis/abc123defg/prod/_user_request_', api: 'abc123defg', stage: 'prod', path: '/' },
  { what: 'path-based root with slash', host: '127.0.0.1:4567', url: '/restapis/abc123defg/prod/_user_request_/', api: 'abc123defg', stage: 'prod', path: '/' },
];

describe('parse stage', () => {
  it.each(cases)('$what', ({ host, url, api, stage, path, query }) => {
    const ctx = newContext(fakeRequest({ url, headers: { Host: host, 'User-Agent': 'ua/1' } }));
    parseStage(ctx);
    expect({ api: ctx.restApiId, stage: ctx.stageName, path: ctx.rawPath, query: ctx.rawQuery }).toEqual({ api, stage, path, query: query ?? '' });
    expect(ctx.identity).toMatchObject({ sourceIp: '203.0.113.9', userAgent: 'ua/1' });
    expect(ctx.domainName).toBe(host);
  });

  it.each([
    ['plain host, plain path', 'localhost', '/dev/pets'],
    ['host-based without a stage', 'abc123defg.execute-api.localhost', '/'],
    ['path-based without _user_request_', 'localhost', '/restapis/abc123defg/prod/pets'],
    ['path-based with a suffixed marker', 'localhost', '/restapis/abc123defg/prod/_user_request_x/pets'],
    ['path-based without a stage', 'localhost', '/restapis/abc123defg/_user_request_/pets'],
    ['execute-api without an id', '.execute-api.localhost', '/dev/x'],
    ['an API id with a colon', 'a:b.execute-api.localhost', '/dev/x'],
    ['a stage name with a colon', 'abc123defg.execute-api.localhost', '/d:ev/x'],
    ['an encoded stage name', 'localhost', '/restapis/abc123defg/d%20v/_user_request_/x'],
  ])('rejects %s with MISSING_AUTHENTICATION_TOKEN', (_what, host, url) => {
    const ctx = newContext(fakeRequest({ url, headers: { Host: host } }));
    expect(() => parseStage(ctx)).toThrow(GatewayError);
    try {
      parseStage(ctx);
    } catch (error) {
      expect((error as GatewayError).type).toBe('MISSING_AUTHENTICATION_TOKEN');
    }
  });
});
