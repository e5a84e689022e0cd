import type { AuthorizerValues } from '@tollgate/persistence';
import { parseCreateAuthorizerRequest } from './create-authorizer.request';
import { applyAuthorizerPatch } from './update-authorizer.request';

const URI = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:f/invocations';
const POOL = 'arn:aws:cognito-idp:us-east-1:000000000000:userpool/us-east-1_abc';
const TOKEN = { name: 'a', type: 'TOKEN', authorizerUri: URI, identitySource: 'method.request.header.Authorization' };

describe('parseCreateAuthorizerRequest', () => {
  it('applies the AWS default TTL and keeps unset members null', () => {
    expect(parseCreateAuthorizerRequest(TOKEN)).toEqual({
      name: 'a', type: 'TOKEN', authorizerUri: URI, identitySource: 'method.request.header.Authorization', authorizerResultTtlInSeconds: 300,
      providerArns: null, authType: null, authorizerCredentials: null, identityValidationExpression: null,
    });
  });

  it.each([
    ['REQUEST without sources and TTL 0', { name: 'r', type: 'REQUEST', authorizerUri: URI, authorizerResultTtlInSeconds: 0 }],
    ['REQUEST with mixed sources', { name: 'r', type: 'REQUEST', authorizerUri: URI, identitySource: 'method.request.header.A,method.request.querystring.q, stageVariables.s,context.sourceIp' }],
    ['Cognito', { name: 'c', type: 'COGNITO_USER_POOLS', providerARNs: [POOL], identitySource: 'method.request.header.Authorization' }],
    ['TTL at the maximum', { ...TOKEN, authorizerResultTtlInSeconds: 3600 }],
  ])('accepts %s', (_label, body) => {
    expect(() => parseCreateAuthorizerRequest(body)).not.toThrow();
  });

  it.each([
    ['no name', { ...TOKEN, name: undefined }, 'Authorizer name must be non-empty'],
    ['no type', { ...TOKEN, type: undefined }, "Member must not be null"],
    ['an unknown type', { ...TOKEN, type: 'JWT' }, "Value 'JWT' at 'type'"],
    ['TOKEN without a URI', { ...TOKEN, authorizerUri: undefined }, 'Authorizer URI must be specified for authorizers of type TOKEN'],
    ['a URI that is not an ARN', { ...TOKEN, authorizerUri: 'http://x' }, 'Invalid Authorizer URI specified: http://x'],
    ['TOKEN without identity source', { ...TOKEN, identitySource: undefined }, 'Identity source must be specified for authorizers of type TOKEN'],
    ['TOKEN with a query-string source', { ...TOKEN, identitySource: 'method.request.querystring.t' }, 'Invalid identity source specified'],
    ['REQUEST without sources while caching', { name: 'r', type: 'REQUEST', authorizerUri: URI }, 'greater than 0'],
    ['REQUEST with a body source', { name: 'r', type: 'REQUEST', authorizerUri: URI, identitySource: 'method.request.body.x' }, 'Invalid identity source specified: method.request.body.x'],
    ['Cognito without pools', { name: 'c', type: 'COGNITO_USER_POOLS', identitySource: 'method.request.header.A' }, 'ProviderARNs need to be specified'],
    ['Cognito with a bad ARN', { name: 'c', type: 'COGNITO_USER_POOLS', providerARNs: ['arn:x'], identitySource: 'method.request.header.A' }, 'Invalid Cognito user pool ARN specified: arn:x'],
    ['a negative TTL', { ...TOKEN, authorizerResultTtlInSeconds: -1 }, 'Invalid authorizer result TTL specified: -1'],
    ['a TTL over 3600', { ...TOKEN, authorizerResultTtlInSeconds: 3601 }, 'Invalid authorizer result TTL specified: 3601'],
    ['a fractional TTL', { ...TOKEN, authorizerResultTtlInSeconds: 1.5 }, 'Invalid authorizer result TTL specified: 1.5'],
    ['a bad validation expression', { ...TOKEN, identityValidationExpression: '([' }, 'Invalid identity validation expression specified'],
    ['an identity validation expression that would backtrack', { ...TOKEN, identityValidationExpression: '(a+)+\\1' }, 'Invalid identity validation expression specified'],
    ['a non-string name', { ...TOKEN, name: 5 }, "Invalid value for 'name'"],
  ])('refuses %s', (_label, body, message) => {
    expect(() => parseCreateAuthorizerRequest(body)).toThrow(expect.objectContaining({ errorType: 'BadRequestException', message: expect.stringContaining(message) }));
  });
});

describe('applyAuthorizerPatch', () => {
  const current: AuthorizerValues = parseCreateAuthorizerRequest({ ...TOKEN, identityValidationExpression: '^x$' });

  it('replaces fields, clears optional ones and re-checks the whole', () => {
    const next = applyAuthorizerPatch(current, [
      { op: 'replace', path: '/name', value: 'b' },
      { op: 'replace', path: '/authorizerResultTtlInSeconds', value: '0' },
      { op: 'remove', path: '/identityValidationExpression' },
    ]);
    expect(next).toMatchObject({ name: 'b', authorizerResultTtlInSeconds: 0, identityValidationExpression: null });
    expect(current.name).toBe('a');
  });

  it('adds and removes Cognito provider ARNs', () => {
    const pool = parseCreateAuthorizerRequest({ name: 'c', type: 'COGNITO_USER_POOLS', providerARNs: [POOL], identitySource: 'method.request.header.A' });
    const other = POOL.replace('abc', 'def');
    expect(applyAuthorizerPatch(pool, [{ op: 'add', path: '/providerARNs', value: other }]).providerArns).toEqual([POOL, other]);
    expect(() => applyAuthorizerPatch(pool, [{ op: 'remove', path: '/providerARNs', value: POOL }])).toThrow('ProviderARNs need to be specified');
  });

  it.each([
    ['an unknown path', { op: 'replace' as const, path: '/id', value: 'x' }, "Invalid patch path '/id'"],
    ['a non-numeric TTL', { op: 'replace' as const, path: '/authorizerResultTtlInSeconds', value: 'ten' }, 'Invalid authorizer result TTL specified: ten'],
    ['removing the name', { op: 'remove' as const, path: '/name' }, "Invalid patch path '/name'"],
    ['a type the rest does not fit', { op: 'replace' as const, path: '/type', value: 'COGNITO_USER_POOLS' }, 'ProviderARNs need to be specified'],
  ])('refuses %s', (_label, operation, message) => {
    expect(() => applyAuthorizerPatch(current, [operation])).toThrow(message);
  });
});
