import { parseTestInvokeMethodRequest } from './test-invoke-method.request';
import { TestInvokeError } from './test-invoke.error';

describe('parseTestInvokeMethodRequest', () => {
  it('reads every AWS field', () => {
    expect(parseTestInvokeMethodRequest({
      pathWithQueryString: '/pets/1?a=b', body: '{}', headers: { Accept: 'application/json' },
      multiValueHeaders: { 'X-M': ['1', '2'] }, clientCertificateId: 'abc', stageVariables: { v: '1' },
    })).toEqual({
      pathWithQueryString: '/pets/1?a=b', body: '{}', headers: { Accept: 'application/json' },
      multiValueHeaders: { 'X-M': ['1', '2'] }, clientCertificateId: 'abc', stageVariables: { v: '1' },
    });
  });

  it('accepts an empty or missing body', () => {
    for (const raw of [undefined, null, {}]) {
      expect(parseTestInvokeMethodRequest(raw)).toEqual({
        pathWithQueryString: undefined, body: undefined, headers: undefined, multiValueHeaders: undefined, clientCertificateId: undefined, stageVariables: undefined,
      });
    }
  });

  it.each([
    ['a non-object body', [1, 2], 'The request body must be a JSON object'],
    ['a non-string body field', { body: { a: 1 } }, "Invalid value for 'body': expected a string"],
    ['a non-string path', { pathWithQueryString: 5 }, "Invalid value for 'pathWithQueryString': expected a string"],
    ['headers with a non-string value', { headers: { a: 1 } }, 'headers'],
    ['multiValueHeaders that are not lists', { multiValueHeaders: { a: 'x' } }, "Invalid value for 'multiValueHeaders': expected a map of string lists"],
    ['multiValueHeaders with a non-string item', { multiValueHeaders: { a: ['x', 2] } }, "Invalid value for 'multiValueHeaders': expected a map of string lists"],
    ['multiValueHeaders as a list', { multiValueHeaders: ['x'] }, "Invalid value for 'multiValueHeaders': expected a map of string lists"],
    ['stage variables with a non-string value', { stageVariables: { a: true } }, 'stageVariables'],
  ])('refuses %s with a BadRequest', (_name, raw, message) => {
    let thrown: unknown;
    try {
      parseTestInvokeMethodRequest(raw);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TestInvokeError);
    expect((thrown as TestInvokeError).errorType).toBe('BadRequestException');
    expect((thrown as TestInvokeError).message).toContain(message);
  });
});
