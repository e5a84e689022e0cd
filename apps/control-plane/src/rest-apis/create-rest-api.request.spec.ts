import { parseCreateRestApiRequest } from './create-rest-api.request';
import { RestApisError } from './rest-apis.error';

describe('parseCreateRestApiRequest', () => {
  it('applies AWS defaults', () => {
    expect(parseCreateRestApiRequest({ name: 'x' })).toEqual({
      name: 'x',
      description: null,
      version: null,
      binaryMediaTypes: [],
      apiKeySource: 'HEADER',
      minimumCompressionSize: null,
      endpointConfiguration: { types: ['EDGE'] },
      policy: null,
      disableExecuteApiEndpoint: false,
      tags: {},
    });
  });

  it('keeps vpcEndpointIds for private endpoints', () => {
    expect(parseCreateRestApiRequest({ name: 'x', endpointConfiguration: { types: ['PRIVATE'], vpcEndpointIds: ['vpce-1'] } }).endpointConfiguration).toEqual({
      types: ['PRIVATE'],
      vpcEndpointIds: ['vpce-1'],
    });
  });

  it.each([
    [undefined, 'Invalid REST API name'],
    [{}, 'Invalid REST API name'],
    [{ name: '  ' }, 'Invalid REST API name'],
    [{ name: 5 }, "Invalid value for 'name'"],
    ['text', 'must be a JSON object'],
    [{ name: 'x', apiKeySource: 'QUERY' }, 'Invalid API Key source specified: QUERY'],
    [{ name: 'x', minimumCompressionSize: -1 }, 'minimumCompressionSize must be between 0 and 10485760'],
    [{ name: 'x', minimumCompressionSize: 1.5 }, 'minimumCompressionSize must be between 0 and 10485760'],
    [{ name: 'x', endpointConfiguration: { types: [] } }, 'Invalid endpoint configuration types'],
    [{ name: 'x', endpointConfiguration: { types: ['EDGY'] } }, 'Invalid endpoint configuration types'],
    [{ name: 'x', tags: { a: 1 } }, "Invalid value for 'tags'"],
    [{ name: 'x', binaryMediaTypes: 'image/png' }, "Invalid value for 'binaryMediaTypes'"],
    [{ name: 'x', cloneFrom: 'abc' }, 'cloneFrom is not supported'],
  ])('rejects %p', (body, message) => {
    expect(() => parseCreateRestApiRequest(body)).toThrow(RestApisError);
    expect(() => parseCreateRestApiRequest(body)).toThrow(message);
  });
});
