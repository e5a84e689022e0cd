import { buildMethod, buildResource, buildSnapshot } from '@tollgate/testing';
import { compileMethodValidation, validateRequest, type ValidationRequest } from './index';

/**
 * AWS's documented PetStore request validation example ("OpenAPI definitions of a sample API with
 * basic request validation"): GET /validation inherits `params-only` and requires query string q1;
 * POST /validation uses `all`, requires header h1 and a body matching RequestBodyModel (name, type,
 * price required; type one of dog/cat/fish; price between 25 and 500; id optional).
 */
const REQUEST_BODY_MODEL = {
  $schema: 'http://json-schema.org/draft-04/schema#',
  type: 'object',
  properties: {
    id: { type: 'integer' },
    type: { type: 'string', enum: ['dog', 'cat', 'fish'] },
    name: { type: 'string' },
    price: { type: 'number', minimum: 25.0, maximum: 500.0 },
  },
  required: ['type', 'name', 'price'],
};

const getMethod = buildMethod({ httpMethod: 'GET', requestValidatorId: 'v-params', requestParameters: { 'method.request.querystring.q1': true } });
const postMethod = buildMethod({
  httpMethod: 'POST',
  requestValidatorId: 'v-all',
  requestParameters: { 'method.request.header.h1': true },
  requestModels: { 'application/json': 'RequestBodyModel' },
});
const snapshot = buildSnapshot({
  resources: [buildResource('/validation', { GET: getMethod, POST: postMethod })],
  models: { RequestBodyModel: { name: 'RequestBodyModel', contentType: 'application/json', schema: REQUEST_BODY_MODEL } },
  requestValidators: {
    'v-all': { id: 'v-all', name: 'all', validateRequestBody: true, validateRequestParameters: true },
    'v-params': { id: 'v-params', name: 'params-only', validateRequestBody: false, validateRequestParameters: true },
  },
});
const getValidation = compileMethodValidation(snapshot, getMethod)!;
const postValidation = compileMethodValidation(snapshot, postMethod)!;

function req(overrides: Partial<ValidationRequest>): ValidationRequest {
  return { headers: {}, pathParameters: {}, queryStringParameters: {}, contentType: 'application/json', body: undefined, ...overrides };
}

describe('PetStore request validation example (AWS docs)', () => {
  it.each([
    ['GET with q1=cat passes', getValidation, req({ queryStringParameters: { q1: 'cat' } }), undefined],
    ['GET without q1', getValidation, req({}), { type: 'BAD_REQUEST_PARAMETERS', message: 'Missing required request parameters: [q1]' }],
    ['GET ignores a body', getValidation, req({ queryStringParameters: { q1: 'cat' }, body: 'not json' }), undefined],
    ['POST valid pet passes', postValidation, req({ headers: { h1: 'v' }, body: '{"name":"Bella","type":"dog","price":400}' }), undefined],
    ['POST with id passes', postValidation, req({ headers: { h1: 'v' }, body: '{"id":2,"name":"Bella","type":"dog","price":25}' }), undefined],
    ['POST without h1', postValidation, req({ body: '{"name":"Bella","type":"dog","price":400}' }), { type: 'BAD_REQUEST_PARAMETERS', message: 'Missing required request parameters: [h1]' }],
    [
      'POST price 4000',
      postValidation,
      req({ headers: { h1: 'v' }, body: '{"name":"Bella","type":"dog","price":4000}' }),
      { type: 'BAD_REQUEST_BODY', message: 'Invalid request body', validationErrorString: '[numeric instance is greater than the required maximum (maximum: 500, found: 4000)]' },
    ],
    [
      'POST type bird',
      postValidation,
      req({ headers: { h1: 'v' }, body: '{"name":"Bella","type":"bird","price":100}' }),
      { type: 'BAD_REQUEST_BODY', message: 'Invalid request body', validationErrorString: '[instance value ("bird") not found in enum (possible values: ["dog","cat","fish"])]' },
    ],
    [
      'POST empty body',
      postValidation,
      req({ headers: { h1: 'v' } }),
      { type: 'BAD_REQUEST_BODY', message: 'Invalid request body', validationErrorString: '[object has missing required properties (["name","price","type"])]' },
    ],
    [
      'POST id as a string',
      postValidation,
      req({ headers: { h1: 'v' }, body: '{"id":"two","name":"Bella","type":"dog","price":100}' }),
      { type: 'BAD_REQUEST_BODY', message: 'Invalid request body', validationErrorString: '[instance type (string) does not match any allowed primitive type (allowed: ["integer"])]' },
    ],
    ['POST as text/plain is not validated (no model for that type)', postValidation, req({ headers: { h1: 'v' }, contentType: 'text/plain', body: 'Bella' }), undefined],
  ])('%s', (_name, compiled, request, expected) => {
    const failure = validateRequest(compiled, request);
    if (expected === undefined) expect(failure).toBeUndefined();
    else expect(failure).toMatchObject(expected);
  });

  it('lists parameter failures with validationErrorString equal to the message', () => {
    expect(validateRequest(getValidation, req({}))?.validationErrorString).toBe('Missing required request parameters: [q1]');
  });
});
