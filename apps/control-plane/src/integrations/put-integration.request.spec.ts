import { IntegrationsError } from './integrations.error';
import { parsePutIntegrationRequest } from './put-integration.request';

describe('parsePutIntegrationRequest', () => {
  it.each<[string, unknown, Record<string, unknown>]>([
    ['MOCK with nothing else: AWS defaults', { type: 'MOCK' }, {
      type: 'MOCK', passthroughBehavior: 'WHEN_NO_MATCH', timeoutInMillis: 29000, requestParameters: {}, requestTemplates: {}, cacheKeyParameters: [], connectionType: undefined,
    }],
    ['HTTP_PROXY: httpMethod becomes integrationHttpMethod, INTERNET by default', { type: 'HTTP_PROXY', httpMethod: 'ANY', uri: 'https://api.example/{proxy}' }, {
      type: 'HTTP_PROXY', integrationHttpMethod: 'ANY', uri: 'https://api.example/{proxy}', connectionType: 'INTERNET',
    }],
    ['a stage-variable host', { type: 'HTTP', httpMethod: 'GET', uri: 'http://${stageVariables.host}/x' }, { uri: 'http://${stageVariables.host}/x' }],
    ['AWS_PROXY with a Lambda ARN', { type: 'AWS_PROXY', httpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/f/invocations' }, { type: 'AWS_PROXY' }],
    ['timeout bounds are inclusive', { type: 'MOCK', timeoutInMillis: 50 }, { timeoutInMillis: 50 }],
    ['all optional fields', {
      type: 'HTTP', httpMethod: 'POST', uri: 'http://x.example', passthroughBehavior: 'NEVER', contentHandling: 'CONVERT_TO_TEXT', cacheNamespace: 'ns',
      cacheKeyParameters: ['method.request.path.id'], requestParameters: { 'integration.request.header.x': "'v'" }, tlsConfig: { insecureSkipVerification: true },
    }, { passthroughBehavior: 'NEVER', contentHandling: 'CONVERT_TO_TEXT', cacheNamespace: 'ns', cacheKeyParameters: ['method.request.path.id'], tlsConfig: { insecureSkipVerification: true } }],
  ])('accepts %s', (_name, body, expected) => {
    expect(parsePutIntegrationRequest(body)).toMatchObject(expected);
  });

  it.each<[string, unknown, RegExp]>([
    ['no type', {}, /IntegrationType must be non-empty/],
    ['an unknown type', { type: 'LAMBDA' }, /'type': LAMBDA/],
    ['HTTP without httpMethod', { type: 'HTTP', uri: 'http://x' }, /'httpMethod' is required/],
    ['HTTP with an unknown httpMethod', { type: 'HTTP', httpMethod: 'FETCH', uri: 'http://x' }, /'httpMethod': FETCH/],
    ['HTTP_PROXY without uri', { type: 'HTTP_PROXY', httpMethod: 'GET' }, /'uri'/],
    ['HTTP with a relative uri', { type: 'HTTP', httpMethod: 'GET', uri: '/x' }, /Invalid HTTP endpoint specified for URI/],
    ['AWS with a non-ARN uri', { type: 'AWS', httpMethod: 'POST', uri: 'http://x' }, /AWS ARN/],
    ['a timeout of 49', { type: 'MOCK', timeoutInMillis: 49 }, /between 50 ms and 29000 ms/],
    ['a timeout of 29001', { type: 'MOCK', timeoutInMillis: 29001 }, /'timeoutInMillis': 29001/],
    ['a fractional timeout', { type: 'MOCK', timeoutInMillis: 100.5 }, /timeoutInMillis/],
    ['a string timeout', { type: 'MOCK', timeoutInMillis: '100' }, /'timeoutInMillis': expected a number/],
    ['an unknown passthrough behaviour', { type: 'MOCK', passthroughBehavior: 'ALWAYS' }, /'passthroughBehavior': ALWAYS/],
    ['an unknown content handling', { type: 'MOCK', contentHandling: 'GZIP' }, /'contentHandling': GZIP/],
    ['VPC_LINK without connectionId', { type: 'HTTP', httpMethod: 'GET', uri: 'http://x', connectionType: 'VPC_LINK' }, /'connectionId'/],
    ['a bad request parameter name', { type: 'MOCK', requestParameters: { 'method.request.path.x': 'y' } }, /'requestParameters': method.request.path.x/],
    ['non-string templates', { type: 'MOCK', requestTemplates: { 'application/json': 1 } }, /'requestTemplates'/],
    ['a body that is a list', [1], /JSON object/],
    ['an over-long cache namespace', { type: 'MOCK', cacheNamespace: 'n'.repeat(1025) }, /'cacheNamespace': at most 1024 characters/],
    ['a NUL character in a template', { type: 'MOCK', requestTemplates: { 'application/json': 'a\u0000b' } }, /'requestTemplates': the NUL character is not allowed/],
  ])('refuses %s with a BadRequest naming the field', (_name, body, message) => {
    let error: unknown;
    try {
      parsePutIntegrationRequest(body);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IntegrationsError);
    expect((error as IntegrationsError).errorType).toBe('BadRequestException');
    expect((error as IntegrationsError).message).toMatch(message);
  });
});
