import type { RestApiValues } from '@tollgate/persistence';
import { asBody, optionalBoolean, optionalNumber, optionalObject, optionalString, optionalStringList, optionalStringMap } from '../common/body-fields';
import { RestApisError } from './rest-apis.error';

export const API_KEY_SOURCES = ['HEADER', 'AUTHORIZER'];
export const ENDPOINT_TYPES = ['EDGE', 'REGIONAL', 'PRIVATE'];
const MAX_COMPRESSION_SIZE = 10485760;

/** The CreateRestApi body, validated into the values stored for a new API (AWS defaults applied). */
export function parseCreateRestApiRequest(raw: unknown): RestApiValues {
  const fail = (message: string) => RestApisError.invalid(message);
  const body = asBody(raw, fail);
  const name = optionalString(body, 'name', fail);
  if (!name || name.trim() === '') throw fail('Invalid REST API name specified: name must be a non-empty string');
  if (body.cloneFrom !== undefined) throw fail('cloneFrom is not supported');

  const apiKeySource = optionalString(body, 'apiKeySource', fail) ?? 'HEADER';
  if (!API_KEY_SOURCES.includes(apiKeySource)) throw fail(`Invalid API Key source specified: ${apiKeySource}. Valid values are ${API_KEY_SOURCES.join(', ')}`);

  const minimumCompressionSize = optionalNumber(body, 'minimumCompressionSize', fail);
  if (minimumCompressionSize !== undefined && (!Number.isInteger(minimumCompressionSize) || minimumCompressionSize < 0 || minimumCompressionSize > MAX_COMPRESSION_SIZE)) {
    throw fail(`minimumCompressionSize must be between 0 and ${MAX_COMPRESSION_SIZE}`);
  }

  const endpoint = optionalObject(body, 'endpointConfiguration', fail);
  const types = endpoint ? optionalStringList(endpoint, 'types', fail) ?? ['EDGE'] : ['EDGE'];
  if (types.length !== 1 || !ENDPOINT_TYPES.includes(types[0])) {
    throw fail(`Invalid endpoint configuration types: [${types.join(', ')}]. Exactly one of ${ENDPOINT_TYPES.join(', ')} is required`);
  }
  const vpcEndpointIds = endpoint ? optionalStringList(endpoint, 'vpcEndpointIds', fail) : undefined;

  return {
    name,
    description: optionalString(body, 'description', fail) ?? null,
    version: optionalString(body, 'version', fail) ?? null,
    binaryMediaTypes: optionalStringList(body, 'binaryMediaTypes', fail) ?? [],
    apiKeySource,
    minimumCompressionSize: minimumCompressionSize ?? null,
    endpointConfiguration: vpcEndpointIds ? { types, vpcEndpointIds } : { types },
    policy: optionalString(body, 'policy', fail) ?? null,
    disableExecuteApiEndpoint: optionalBoolean(body, 'disableExecuteApiEndpoint', fail) ?? false,
    tags: optionalStringMap(body, 'tags', fail) ?? {},
  };
}
