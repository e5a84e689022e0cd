import type { EndpointConfigurationValue, RestApiEntity } from '@tollgate/persistence';
import { toEpochSeconds } from '../common/epoch-seconds';

/** AWS `RestApi` wire shape (optional members are omitted when unset, as AWS does). */
export interface RestApi {
  id: string;
  name: string;
  description?: string;
  createdDate: number;
  version?: string;
  binaryMediaTypes?: string[];
  minimumCompressionSize?: number;
  apiKeySource: string;
  endpointConfiguration: EndpointConfigurationValue;
  policy?: string;
  tags?: Record<string, string>;
  disableExecuteApiEndpoint: boolean;
  rootResourceId: string;
}

export function toRestApi(entity: RestApiEntity): RestApi {
  const api: RestApi = {
    id: entity.id,
    name: entity.name,
    createdDate: toEpochSeconds(entity.createdDate),
    apiKeySource: entity.apiKeySource,
    endpointConfiguration: entity.endpointConfiguration,
    disableExecuteApiEndpoint: entity.disableExecuteApiEndpoint,
    rootResourceId: entity.rootResourceId,
  };
  if (entity.description !== null) api.description = entity.description;
  if (entity.version !== null) api.version = entity.version;
  if (entity.binaryMediaTypes.length > 0) api.binaryMediaTypes = entity.binaryMediaTypes;
  if (entity.minimumCompressionSize !== null) api.minimumCompressionSize = entity.minimumCompressionSize;
  if (entity.policy !== null) api.policy = entity.policy;
  if (Object.keys(entity.tags).length > 0) api.tags = entity.tags;
  return api;
}
