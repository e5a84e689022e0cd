import { MethodsError } from './methods.error';
import { parsePutMethodResponseRequest, parseStatusCode } from './put-method-response.request';
import { parseHttpMethod, parsePutMethodRequest } from './put-method.request';

function thrown(run: () => unknown): MethodsError {
  try {
    run();
  } catch (error) {
    if (error instanceof MethodsError) return error;
    throw error;
  }
  throw new Error('expected a MethodsError');
}

describe('method requests', () => {
  it.each(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'ANY'])('accepts the verb %s', (verb) => {
    expect(parseHttpMethod(verb)).toBe(verb);
  });

  it.each(['get', 'FETCH', ''])('refuses the verb %j', (verb) => {
    expect(thrown(() => parseHttpMethod(verb)).message).toBe('Invalid HttpMethod specified. Valid options are ANY,DELETE,GET,HEAD,OPTIONS,PATCH,POST,PUT');
  });

  it.each<[string, unknown, Record<string, unknown>]>([
    ['the minimum', { authorizationType: 'NONE' }, { authorizationType: 'NONE', apiKeyRequired: false, requestParameters: {}, requestModels: {} }],
    ['a CUSTOM authorizer', { authorizationType: 'CUSTOM', authorizerId: 'abc' }, { authorizerId: 'abc' }],
    ['request parameters of every location', {
      authorizationType: 'NONE',
      requestParameters: { 'method.request.path.id': true, 'method.request.querystring.q': false, 'method.request.header.X-Key': true, 'method.request.multivaluequerystring.m': false },
    }, { requestParameters: { 'method.request.path.id': true, 'method.request.querystring.q': false, 'method.request.header.X-Key': true, 'method.request.multivaluequerystring.m': false } }],
    ['an authorizer id without CUSTOM is dropped', { authorizationType: 'NONE', authorizerId: 'abc' }, { authorizerId: undefined }],
  ])('parses PutMethod with %s', (_name, body, expected) => {
    expect(parsePutMethodRequest(body)).toMatchObject(expected);
  });

  it.each<[string, unknown, RegExp]>([
    ['no authorization type', {}, /AuthorizationType must be non-empty/],
    ['an unknown authorization type', { authorizationType: 'OPEN' }, /Invalid authorization type/],
    ['CUSTOM without authorizer', { authorizationType: 'CUSTOM' }, /requires a valid authorizer/],
    ['a bad request parameter name', { authorizationType: 'NONE', requestParameters: { 'request.path.id': true } }, /'requestParameters': request.path.id/],
    ['non-boolean request parameters', { authorizationType: 'NONE', requestParameters: { 'method.request.path.id': 'yes' } }, /'requestParameters'/],
    ['a non-boolean apiKeyRequired', { authorizationType: 'NONE', apiKeyRequired: 'true' }, /'apiKeyRequired'/],
    ['an over-long operation name', { authorizationType: 'NONE', operationName: 'o'.repeat(1025) }, /'operationName': at most 1024 characters/],
    ['an authorizer id longer than any id', { authorizationType: 'CUSTOM', authorizerId: 'a'.repeat(11) }, /'authorizerId'/],
  ])('refuses PutMethod with %s', (_name, body, message) => {
    const error = thrown(() => parsePutMethodRequest(body));
    expect(error.errorType).toBe('BadRequestException');
    expect(error.message).toMatch(message);
  });

  it.each(['200', '404', '599', '100'])('accepts status code %s', (code) => expect(parseStatusCode(code)).toBe(code));
  it.each(['99', '600', '2000', 'abc', '20x'])('refuses status code %s', (code) => expect(thrown(() => parseStatusCode(code)).errorType).toBe('BadRequestException'));

  it('parses PutMethodResponse and refuses parameters that are not method.response.header.*', () => {
    expect(parsePutMethodResponseRequest({ responseParameters: { 'method.response.header.X-A': true }, responseModels: { 'application/json': 'Empty' } })).toEqual({
      responseParameters: { 'method.response.header.X-A': true },
      responseModels: { 'application/json': 'Empty' },
    });
    expect(parsePutMethodResponseRequest(undefined)).toEqual({ responseParameters: {}, responseModels: {} });
    expect(thrown(() => parsePutMethodResponseRequest({ responseParameters: { 'method.response.body': true } })).message).toMatch(/'responseParameters'/);
  });
});
