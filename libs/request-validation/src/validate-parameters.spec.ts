import { buildMethod, buildSnapshot } from '@tollgate/testing';
import { compileMethodValidation, validateRequest, type ValidationRequest } from './index';

const VALIDATORS = {
  all: { id: 'all', name: 'all', validateRequestBody: true, validateRequestParameters: true },
  params: { id: 'params', name: 'params-only', validateRequestBody: false, validateRequestParameters: true },
  body: { id: 'body', name: 'body-only', validateRequestBody: true, validateRequestParameters: false },
};

function request(overrides: Partial<ValidationRequest> = {}): ValidationRequest {
  return { headers: {}, pathParameters: {}, queryStringParameters: {}, contentType: undefined, body: undefined, ...overrides };
}

interface ParameterCase {
  name: string;
  parameters: Record<string, boolean>;
  request: Partial<ValidationRequest>;
  /** undefined = the request passes */
  message?: string;
}

const CASES: ParameterCase[] = [
  { name: 'present query string passes', parameters: { 'method.request.querystring.q1': true }, request: { queryStringParameters: { q1: 'cat' } } },
  { name: 'missing query string', parameters: { 'method.request.querystring.q1': true }, request: {}, message: 'Missing required request parameters: [q1]' },
  { name: 'empty query string value counts as missing', parameters: { 'method.request.querystring.q1': true }, request: { queryStringParameters: { q1: '' } }, message: 'Missing required request parameters: [q1]' },
  { name: 'blank header value counts as missing', parameters: { 'method.request.header.h1': true }, request: { headers: { h1: '   ' } }, message: 'Missing required request parameters: [h1]' },
  { name: 'header names are case-insensitive (declared upper-case)', parameters: { 'method.request.header.X-Api-Version': true }, request: { headers: { 'x-api-version': '2' } } },
  { name: 'header listed with its declared spelling', parameters: { 'method.request.header.X-Api-Version': true }, request: {}, message: 'Missing required request parameters: [X-Api-Version]' },
  { name: 'optional parameters are not checked', parameters: { 'method.request.querystring.q1': false, 'method.request.header.h1': false }, request: {} },
  { name: 'path parameter present', parameters: { 'method.request.path.petId': true }, request: { pathParameters: { petId: '7' } } },
  { name: 'path parameter missing', parameters: { 'method.request.path.petId': true }, request: {}, message: 'Missing required request parameters: [petId]' },
  {
    name: 'order: headers, then path, then querystring, each by name',
    parameters: {
      'method.request.querystring.qs1': true,
      'method.request.path.issuer': true,
      'method.request.header.x-header-param': true,
      'method.request.querystring.a': true,
      'method.request.header.b': true,
    },
    request: {},
    message: 'Missing required request parameters: [b, x-header-param, issuer, a, qs1]',
  },
  {
    name: 'only the missing ones are listed',
    parameters: { 'method.request.querystring.q1': true, 'method.request.querystring.q2': true, 'method.request.header.h1': true },
    request: { queryStringParameters: { q1: 'x' }, headers: { h1: 'y' } },
    message: 'Missing required request parameters: [q2]',
  },
  {
    name: 'a header does not satisfy a query string of the same name',
    parameters: { 'method.request.querystring.token': true },
    request: { headers: { token: 'x' } },
    message: 'Missing required request parameters: [token]',
  },
  { name: 'inherited object keys are not parameters', parameters: { 'method.request.querystring.constructor': true }, request: {}, message: 'Missing required request parameters: [constructor]' },
  { name: 'unknown locations are ignored', parameters: { 'method.request.body.name': true, 'method.request.multivaluequerystring.x': true }, request: {} },
];

describe('validateRequest: required parameters', () => {
  it.each(CASES)('$name', (c) => {
    const method = buildMethod({ requestValidatorId: 'params', requestParameters: c.parameters });
    const compiled = compileMethodValidation(buildSnapshot({ requestValidators: VALIDATORS }), method);
    const failure = compiled ? validateRequest(compiled, request(c.request)) : undefined;
    if (c.message === undefined) {
      expect(failure).toBeUndefined();
    } else {
      expect(failure).toEqual({ type: 'BAD_REQUEST_PARAMETERS', message: c.message, validationErrorString: c.message });
    }
  });

  it('checks parameters before the body', () => {
    const snapshot = buildSnapshot({
      requestValidators: VALIDATORS,
      models: { Pet: { name: 'Pet', contentType: 'application/json', schema: { type: 'object', required: ['name'] } } },
    });
    const method = buildMethod({ requestValidatorId: 'all', requestParameters: { 'method.request.header.h1': true }, requestModels: { 'application/json': 'Pet' } });
    const compiled = compileMethodValidation(snapshot, method)!;
    expect(validateRequest(compiled, request({ body: '{}' }))?.type).toBe('BAD_REQUEST_PARAMETERS');
    expect(validateRequest(compiled, request({ body: '{}', headers: { h1: 'x' } }))?.type).toBe('BAD_REQUEST_BODY');
    expect(validateRequest(compiled, request({ body: '{"name":"Bella"}', headers: { h1: 'x' } }))).toBeUndefined();
  });

  it('a body-only validator ignores missing parameters', () => {
    const method = buildMethod({ requestValidatorId: 'body', requestParameters: { 'method.request.header.h1': true } });
    expect(compileMethodValidation(buildSnapshot({ requestValidators: VALIDATORS }), method)).toBeUndefined();
  });
});

describe('compileMethodValidation', () => {
  const snapshot = buildSnapshot({
    requestValidators: VALIDATORS,
    models: { Empty: { name: 'Empty', contentType: 'application/json', schema: { $schema: 'http://json-schema.org/draft-04/schema#', title: 'Empty Schema', type: 'object' } } },
  });

  it.each([
    ['no validator id', buildMethod({ requestParameters: { 'method.request.header.h1': true } })],
    ['a blank validator id', buildMethod({ requestValidatorId: '  ', requestParameters: { 'method.request.header.h1': true } })],
    ['an unknown validator id', buildMethod({ requestValidatorId: 'nope', requestParameters: { 'method.request.header.h1': true } })],
    ['a validator id inherited from Object', buildMethod({ requestValidatorId: 'toString', requestParameters: { 'method.request.header.h1': true } })],
    ['nothing required and no models', buildMethod({ requestValidatorId: 'all', requestParameters: { 'method.request.header.h1': false } })],
    ['params-only with models but no required parameters', buildMethod({ requestValidatorId: 'params', requestModels: { 'application/json': 'Empty' } })],
  ])('is undefined for %s', (_name, method) => {
    expect(compileMethodValidation(snapshot, method)).toBeUndefined();
  });

  it('lists an unknown model as a problem and does not validate that content type', () => {
    const compiled = compileMethodValidation(snapshot, buildMethod({ requestValidatorId: 'body', requestModels: { 'application/json': 'Missing' } }))!;
    expect(compiled.problems).toEqual(['application/json: Invalid model name specified: Missing']);
    expect(validateRequest(compiled, request({ body: 'not json' }))).toBeUndefined();
  });

  it('compiles each model once per snapshot, shared by methods', () => {
    const a = compileMethodValidation(snapshot, buildMethod({ requestValidatorId: 'body', requestModels: { 'application/json': 'Empty' } }))!;
    const b = compileMethodValidation(snapshot, buildMethod({ requestValidatorId: 'all', requestModels: { 'text/plain': 'Empty' } }))!;
    expect(a.bodyModels.get('application/json')).toBe(b.bodyModels.get('text/plain'));
    const other = compileMethodValidation({ ...snapshot }, buildMethod({ requestValidatorId: 'body', requestModels: { 'application/json': 'Empty' } }))!;
    expect(other.bodyModels.get('application/json')).not.toBe(a.bodyModels.get('application/json'));
  });

  it('orders required parameters by their full key', () => {
    const compiled = compileMethodValidation(
      snapshot,
      buildMethod({ requestValidatorId: 'params', requestParameters: { 'method.request.querystring.a': true, 'method.request.path.z': true, 'method.request.header.Q': true } }),
    )!;
    expect(compiled.requiredParameters).toEqual([
      { location: 'header', name: 'Q', key: 'q' },
      { location: 'path', name: 'z', key: 'z' },
      { location: 'querystring', name: 'a', key: 'a' },
    ]);
  });
});
