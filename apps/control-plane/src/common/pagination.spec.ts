import { encodePosition, parsePageQuery, toListResponse } from './pagination';
import { RequestError } from './request.error';

describe('pagination', () => {
  it.each([
    [undefined, 25],
    ['', 25],
    ['1', 1],
    ['500', 500],
  ])('limit %p -> %p', (limit, expected) => {
    expect(parsePageQuery(limit, undefined).limit).toBe(expected);
  });

  it.each(['0', '501', '-1', 'abc', '2.5'])('rejects limit %p', (limit) => {
    expect(() => parsePageQuery(limit, undefined)).toThrow(RequestError);
  });

  it('round-trips a position', () => {
    const cursor = { createdDate: new Date(1700000000123), id: 'abc123defg' };
    const position = encodePosition(cursor)!;
    expect(parsePageQuery(undefined, position).after).toEqual(cursor);
  });

  it('rejects a garbage position as a bad request', () => {
    expect(() => parsePageQuery(undefined, 'not-a-token')).toThrow('Invalid pagination token');
  });

  it('builds the AWS list shape, with position only when more follow', () => {
    expect(toListResponse({ items: [1, 2] }, (n) => n * 2)).toEqual({ item: [2, 4] });
    const next = { createdDate: new Date(5), id: 'x' };
    expect(toListResponse({ items: [1], next }, String)).toEqual({ item: ['1'], position: encodePosition(next) });
  });
});
