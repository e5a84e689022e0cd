import { mockStatusCode } from './mock-status-code';

describe('mockStatusCode', () => {
  it.each([
    ['{"statusCode": 200}', 200],
    ['{ "statusCode" : 404, "x": 1 }', 404],
    ['{statusCode: 200}', 200],
    ["{'statusCode': 302}", 302],
    ['{"statusCode": "200"}', undefined],
    ['{"statusCode": 200.5}', undefined],
    ['{"statusCode": 42}', undefined],
    ['{"other": 1}', undefined],
    ['', undefined],
    ['[1,2]', undefined],
    ['null', undefined],
  ])('%s -> %s', (template, expected) => {
    expect(mockStatusCode(template)).toBe(expected);
  });
});
