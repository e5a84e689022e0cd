import type { RestApiEntity } from '@tollgate/persistence';
import { fieldRule, listItemRule } from '../common/patch/patch-rules';
import { applyPatch, type PatchTable } from '../common/patch/patch-table';
import { booleanValue, enumValue, integerValue, optionalStringValue, stringValue } from '../common/patch/patch-values';
import type { PatchOperation } from '../common/patch-operations';
import { API_KEY_SOURCES, ENDPOINT_TYPES } from './create-rest-api.request';
import { RestApisError } from './rest-apis.error';

/** The fields UpdateRestApi may change. */
export type RestApiPatchable = Pick<RestApiEntity,
  'name' | 'description' | 'version' | 'binaryMediaTypes' | 'apiKeySource' | 'minimumCompressionSize' | 'endpointConfiguration' | 'policy' | 'disableExecuteApiEndpoint'>;

const fail = (message: string): Error => RestApisError.invalid(message);
const MAX_COMPRESSION_SIZE = 10485760;
const MEDIA_TYPE = /^[^\s/]+\/[^\s/]+$/;

const TABLE: PatchTable<RestApiPatchable> = {
  fail,
  rules: [
    fieldRule('/name', {
      write: (a, c) => {
        const name = stringValue(c, 1024);
        if (name.trim() === '') throw fail('Invalid REST API name specified: name must be a non-empty string');
        a.name = name;
      },
      read: (a) => a.name,
    }),
    fieldRule('/description', { write: (a, c) => { a.description = optionalStringValue(c); }, read: (a) => a.description ?? undefined }),
    fieldRule('/version', { write: (a, c) => { a.version = optionalStringValue(c, 1024); }, read: (a) => a.version ?? undefined }),
    fieldRule('/apiKeySource', { write: (a, c) => { a.apiKeySource = enumValue(c, API_KEY_SOURCES); }, read: (a) => a.apiKeySource }),
    fieldRule('/minimumCompressionSize', {
      // An empty value switches compression off, as on AWS.
      write: (a, c) => { a.minimumCompressionSize = c.value === undefined || c.value === '' ? null : integerValue(c, 0, MAX_COMPRESSION_SIZE); },
      read: (a) => (a.minimumCompressionSize === null ? undefined : String(a.minimumCompressionSize)),
    }),
    fieldRule('/policy', { write: (a, c) => { a.policy = optionalStringValue(c); }, read: (a) => a.policy ?? undefined }),
    fieldRule('/disableExecuteApiEndpoint', { write: (a, c) => { a.disableExecuteApiEndpoint = booleanValue(c); }, read: (a) => String(a.disableExecuteApiEndpoint) }),
    {
      ...listItemRule<RestApiPatchable>('/binaryMediaTypes/{type}', {
        param: 'type',
        list: (a) => a.binaryMediaTypes,
        check: (c, type) => { if (!MEDIA_TYPE.test(type)) throw fail(`Invalid binary media type specified: ${type}`); },
      }),
      // AWS replaces by removing the old type and appending the new one (the value).
      replace: (a, c) => {
        const index = a.binaryMediaTypes.indexOf(c.params.type);
        if (index < 0) throw fail(`Invalid patch path '${c.operation.path}' specified for op 'replace': '${c.params.type}' is not a binary media type of this API`);
        const type = stringValue(c, 256);
        if (!MEDIA_TYPE.test(type)) throw fail(`Invalid binary media type specified: ${type}`);
        a.binaryMediaTypes.splice(index, 1);
        if (!a.binaryMediaTypes.includes(type)) a.binaryMediaTypes.push(type);
      },
    },
    {
      // `/endpointConfiguration/types/EDGE` (the current type) or `/types/0`, value = the new type.
      path: '/endpointConfiguration/types/{current}',
      replace: (a, c) => {
        const { current } = c.params;
        if (current !== '0' && !a.endpointConfiguration.types.includes(current)) {
          throw fail(`Invalid patch path '${c.operation.path}' specified for op 'replace': the API's endpoint type is ${a.endpointConfiguration.types.join(', ')}`);
        }
        a.endpointConfiguration = { ...a.endpointConfiguration, types: [enumValue(c, ENDPOINT_TYPES)] };
      },
    },
    {
      path: '/endpointConfiguration/vpcEndpointIds',
      add: (a, c) => {
        const id = stringValue(c, 64);
        const ids = a.endpointConfiguration.vpcEndpointIds ?? [];
        a.endpointConfiguration = { ...a.endpointConfiguration, vpcEndpointIds: ids.includes(id) ? ids : [...ids, id] };
      },
      remove: (a, c) => {
        const ids = (a.endpointConfiguration.vpcEndpointIds ?? []).filter((id) => c.value !== undefined && id !== c.value);
        const { vpcEndpointIds: _removed, ...rest } = a.endpointConfiguration;
        a.endpointConfiguration = ids.length > 0 ? { ...rest, vpcEndpointIds: ids } : rest;
      },
    },
  ],
};

/** Applies UpdateRestApi's patchOperations to a copy of the API (pure). */
export function applyRestApiPatch(current: RestApiPatchable, operations: readonly PatchOperation[]): RestApiPatchable {
  const next: RestApiPatchable = {
    ...current,
    binaryMediaTypes: [...current.binaryMediaTypes],
    endpointConfiguration: { ...current.endpointConfiguration, types: [...current.endpointConfiguration.types] },
  };
  applyPatch(next, operations, TABLE);
  if (next.endpointConfiguration.vpcEndpointIds && next.endpointConfiguration.types[0] !== 'PRIVATE') {
    throw fail('VPC endpoint IDs are only supported for PRIVATE endpoint configurations');
  }
  return next;
}
