import { fakeRequest, newContext } from '../context.fixture';
import { methodRequestParameters, parseQuery } from './method-request';

describe('parseQuery', () => {
  it.each<[string, Record<string, string[]>]>([
    ['', {}],
    ['a=1&a=2&b', { a: ['1', '2'], b: [''] }],
    ['q=a%20b&%6Eame=x', { q: ['a b'], name: ['x'] }],
    ['plus=a+b', { plus: ['a+b'] }],
    ['bad=%E0%A4%A&&=v', { bad: ['%E0%A4%A'], '': ['v'] }],
    ['__proto__=x&constructor=y', { ['__proto__']: ['x'], constructor: ['y'] }],
  ])('%j', (raw, expected) => {
    expect({ ...parseQuery(raw) }).toEqual(expected);
  });
});

describe('methodRequestParameters', () => {
  it('keeps header spelling and order, last values, and is built once', () => {
    const ctx = newContext(fakeRequest({ headers: { 'X-Id': 'a', 'x-id': 'b' } }));
    ctx.req.rawHeaders.push('X-Id', 'c');
    ctx.rawQuery = 'p=1&p=2';
    const parameters = methodRequestParameters(ctx);
    expect({ ...parameters.multiValueHeaders }).toEqual({ 'X-Id': ['a', 'c'], 'x-id': ['b'] });
    expect({ ...parameters.headers }).toEqual({ 'X-Id': 'c', 'x-id': 'b' });
    expect({ ...parameters.queryStringParameters }).toEqual({ p: '2' });
    expect(methodRequestParameters(ctx)).toBe(parameters);
  });
});
