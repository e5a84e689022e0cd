import type { Snapshot } from '@tollgate/model';
import type { ApiDefinition } from '@tollgate/openapi';
import { overlaySnapshot } from './definition-from-snapshot.mapper';

const current: ApiDefinition = {
  name: 'Now',
  description: 'current description',
  version: '2',
  apiKeySource: 'HEADER',
  binaryMediaTypes: ['image/png'],
  minimumCompressionSize: 10,
  resources: [{ path: '/', methods: {} }, { path: '/added-after-deploy', methods: {} }],
  models: [{ name: 'Pet', contentType: 'application/json', schema: '{"type":"object"}' }],
  requestValidators: [{ name: 'new', validateRequestBody: true, validateRequestParameters: false }],
  authorizers: [{ name: 'auth', type: 'TOKEN', authType: 'custom', authorizerResultTtlInSeconds: 60 }],
  gatewayResponses: [],
  documentationParts: [{ location: { type: 'API' }, properties: '{"description":"doc"}' }],
};

const snapshot = {
  schemaVersion: 1, hash: 'h', deploymentId: 'd', restApiId: 'r', accountId: 'a', region: 'us-east-1', createdDate: 0,
  apiKeySource: 'AUTHORIZER',
  binaryMediaTypes: [],
  disableExecuteApiEndpoint: false,
  resources: [
    { id: 'r2', parentId: 'r1', path: '/pets', pathPart: 'pets', methods: {
      GET: {
        httpMethod: 'GET', authorizationType: 'CUSTOM', authorizerId: 'au1', apiKeyRequired: true, requestParameters: {}, requestModels: {},
        requestValidatorId: 'v1', methodResponses: { 200: { statusCode: '200', responseParameters: {}, responseModels: {} } },
        integration: { type: 'MOCK', requestParameters: {}, requestTemplates: {}, passthroughBehavior: 'WHEN_NO_MATCH', timeoutInMillis: 29000, cacheKeyParameters: [], integrationResponses: {} },
      },
    } },
    { id: 'r1', path: '/', methods: {} },
  ],
  models: {},
  requestValidators: { v1: { id: 'v1', name: 'old', validateRequestBody: false, validateRequestParameters: true } },
  authorizers: { au1: { id: 'au1', name: 'auth', type: 'TOKEN', authorizerResultTtlInSeconds: 300, authorizerUri: 'arn:fn' } },
  gatewayResponses: { DEFAULT_4XX: { responseType: 'DEFAULT_4XX', statusCode: '400', responseParameters: {}, responseTemplates: {} } },
} as unknown as Snapshot;

describe('overlaySnapshot: a deployment over the current definition', () => {
  const result = overlaySnapshot(current, snapshot);

  it('takes resources, methods and integrations from the snapshot, sorted by path, with ids turned into names', () => {
    expect(result.resources.map((r) => r.path)).toEqual(['/', '/pets']);
    const get = result.resources[1]!.methods.GET!;
    expect(get).toMatchObject({ authorizerName: 'auth', requestValidatorName: 'old', apiKeyRequired: true, integration: { type: 'MOCK' } });
    expect(get).not.toHaveProperty('authorizerId');
    expect(get).not.toHaveProperty('requestValidatorId');
  });

  it('takes validators, authorizers (keeping the stored authType), gateway responses and frozen API settings from the snapshot', () => {
    expect(result.requestValidators).toEqual([{ name: 'old', validateRequestBody: false, validateRequestParameters: true }]);
    expect(result.authorizers).toEqual([{ name: 'auth', type: 'TOKEN', authorizerResultTtlInSeconds: 300, authorizerUri: 'arn:fn', authType: 'custom' }]);
    expect(result.gatewayResponses.map((g) => g.responseType)).toEqual(['DEFAULT_4XX']);
    expect(result).toMatchObject({ apiKeySource: 'AUTHORIZER', binaryMediaTypes: [] });
    expect(result).not.toHaveProperty('minimumCompressionSize');
  });

  it('keeps what snapshots do not carry from the current definition', () => {
    expect(result).toMatchObject({ name: 'Now', description: 'current description', version: '2', models: current.models, documentationParts: current.documentationParts });
  });
});
