import type { SnapshotAuthorizer, SnapshotMethod } from '@tollgate/model';
import { buildMethod, buildResource, buildSnapshot } from '@tollgate/testing';
import { routedContext, thrownType } from '../../context.fixture';
import { authorizeStage } from './authorize.stage';

const tokenAuthorizer: SnapshotAuthorizer = {
  id: 'auth000001', name: 'token', type: 'TOKEN', identitySource: 'method.request.header.Authorization', authorizerResultTtlInSeconds: 300,
};
const requestAuthorizer: SnapshotAuthorizer = {
  id: 'auth000002', name: 'request', type: 'REQUEST', identitySource: 'method.request.header.X-User, method.request.header.X-Tenant', authorizerResultTtlInSeconds: 0,
};
const cognito: SnapshotAuthorizer = { id: 'auth000003', name: 'pool', type: 'COGNITO_USER_POOLS', authorizerResultTtlInSeconds: 300 };

function run(method: Partial<SnapshotMethod>, headers: Record<string, string> = {}, disableExecuteApiEndpoint = false) {
  const snapshot = buildSnapshot({
    disableExecuteApiEndpoint,
    authorizers: { [tokenAuthorizer.id]: tokenAuthorizer, [requestAuthorizer.id]: requestAuthorizer, [cognito.id]: cognito },
    resources: [buildResource('/', { GET: buildMethod(method) })],
  });
  const ctx = routedContext(snapshot, 'GET', '/', { headers });
  return thrownType(() => authorizeStage(ctx));
}

describe('authorize stage (fails closed until authorizers are invoked)', () => {
  it('lets NONE methods through synchronously', async () => {
    expect(await run({ authorizationType: 'NONE' })).toBeUndefined();
  });

  it.each([
    ['default endpoint disabled', { authorizationType: 'NONE' as const }, {}, true, 'ACCESS_DENIED'],
    ['AWS_IAM without a signature', { authorizationType: 'AWS_IAM' as const }, {}, false, 'MISSING_AUTHENTICATION_TOKEN'],
    ['AWS_IAM with a signature it cannot verify', { authorizationType: 'AWS_IAM' as const }, { authorization: 'AWS4-HMAC-SHA256 x' }, false, 'ACCESS_DENIED'],
    ['TOKEN authorizer, header missing', { authorizationType: 'CUSTOM' as const, authorizerId: tokenAuthorizer.id }, {}, false, 'UNAUTHORIZED'],
    ['TOKEN authorizer, header empty', { authorizationType: 'CUSTOM' as const, authorizerId: tokenAuthorizer.id }, { authorization: '' }, false, 'UNAUTHORIZED'],
    ['TOKEN authorizer, token present', { authorizationType: 'CUSTOM' as const, authorizerId: tokenAuthorizer.id }, { authorization: 'Bearer t' }, false, 'AUTHORIZER_CONFIGURATION_ERROR'],
    ['REQUEST authorizer, one source missing', { authorizationType: 'CUSTOM' as const, authorizerId: requestAuthorizer.id }, { 'x-user': 'u' }, false, 'UNAUTHORIZED'],
    ['REQUEST authorizer, sources present', { authorizationType: 'CUSTOM' as const, authorizerId: requestAuthorizer.id }, { 'x-user': 'u', 'x-tenant': 't' }, false, 'AUTHORIZER_CONFIGURATION_ERROR'],
    ['Cognito, no Authorization header', { authorizationType: 'COGNITO_USER_POOLS' as const, authorizerId: cognito.id }, {}, false, 'UNAUTHORIZED'],
    ['Cognito, token present', { authorizationType: 'COGNITO_USER_POOLS' as const, authorizerId: cognito.id }, { authorization: 'eyJ' }, false, 'AUTHORIZER_CONFIGURATION_ERROR'],
    ['CUSTOM with an unknown authorizer id', { authorizationType: 'CUSTOM' as const, authorizerId: 'missing000' }, { authorization: 'x' }, false, 'AUTHORIZER_CONFIGURATION_ERROR'],
  ])('%s -> %s', async (_label, method, headers, disabled, expected) => {
    expect(await run(method, headers, disabled)).toBe(expected);
  });
});
