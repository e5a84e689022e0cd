import {
  SNAPSHOT_SCHEMA_VERSION,
  type GatewayResponseTypeName,
  type HttpMethod,
  type Snapshot,
  type SnapshotGatewayResponse,
  type SnapshotMethod,
  type SnapshotResource,
} from '@tollgate/model';
import { compileRoutes } from '@tollgate/routing';
import { contentHash } from './canonical-json';
import type { GraphMethod, GraphResource, RestApiGraph } from './rest-api-graph';
import { resolveModels } from './resolve-models';
import { SnapshotCompileError, SnapshotCompileErrorCode } from './snapshot-compile-error';
import { validateMappings } from './validate-mappings';
import { validateModelPatterns } from './validate-model-patterns';

/**
 * Freezes a REST API into the immutable snapshot the data plane serves, refusing anything the data
 * plane could not serve. Deterministic: the same graph (in any row order) yields the same hash.
 * @param createdDate epoch seconds
 */
export function compileSnapshot(graph: RestApiGraph, deploymentId: string, createdDate: number): Snapshot {
  if (!graph.resources.some((r) => r.methods.length > 0)) {
    throw new SnapshotCompileError(SnapshotCompileErrorCode.NoMethods, "The REST API doesn't contain any methods");
  }
  const resources = [...graph.resources].sort(byPathThenId).map(toSnapshotResource);
  try {
    compileRoutes(resources);
  } catch (error) {
    // The routing lib words its errors for users already (they name the offending path).
    const reason = error instanceof Error ? error.message : String(error);
    throw new SnapshotCompileError(SnapshotCompileErrorCode.InvalidRoutes, reason);
  }
  validateMappings(resources, graph.gatewayResponses);
  const models = resolveModels(graph.models);
  validateModelPatterns(models);
  const { restApi } = graph;
  const body: Omit<Snapshot, 'hash'> = {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    deploymentId,
    restApiId: restApi.id,
    accountId: restApi.accountId,
    region: restApi.region,
    createdDate,
    apiKeySource: restApi.apiKeySource,
    binaryMediaTypes: [...restApi.binaryMediaTypes],
    minimumCompressionSize: restApi.minimumCompressionSize,
    disableExecuteApiEndpoint: restApi.disableExecuteApiEndpoint,
    resources,
    models,
    requestValidators: keyBy(graph.requestValidators, (v) => v.id),
    authorizers: keyBy(graph.authorizers, (a) => a.id),
    gatewayResponses: keyBy<SnapshotGatewayResponse, GatewayResponseTypeName>(graph.gatewayResponses, (g) => g.responseType),
  };
  return { ...body, hash: contentHash(body) };
}

function toSnapshotResource(resource: GraphResource): SnapshotResource {
  const methods: Partial<Record<HttpMethod, SnapshotMethod>> = {};
  for (const method of [...resource.methods].sort((a, b) => a.httpMethod.localeCompare(b.httpMethod))) {
    methods[method.httpMethod] = toSnapshotMethod(method);
  }
  return { id: resource.id, parentId: resource.parentId, path: resource.path, pathPart: resource.pathPart, methods };
}

function toSnapshotMethod(method: GraphMethod): SnapshotMethod {
  const { integration, methodResponses, ...rest } = method;
  if (!integration) throw new SnapshotCompileError(SnapshotCompileErrorCode.NoIntegration, 'No integration defined for method');
  const { integrationResponses, ...integrationRest } = integration;
  return {
    ...rest,
    methodResponses: keyBy(methodResponses, (r) => r.statusCode),
    integration: { ...integrationRest, integrationResponses: keyBy(integrationResponses, (r) => r.statusCode) },
  };
}

function keyBy<T, K extends string = string>(items: readonly T[], key: (item: T) => K): Record<K, T> {
  const out = {} as Record<K, T>;
  for (const item of items) out[key(item)] = item;
  return out;
}

function byPathThenId(a: GraphResource, b: GraphResource): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
