import type { Snapshot, SnapshotIntegration, SnapshotMethod } from '@tollgate/model';
import { compileUri as compileMappingUri, type CompiledUri as MappingUri, type CompiledRequestMappings } from '@tollgate/mapping';
import { compileMethodValidation, type CompiledValidation } from '@tollgate/request-validation';
import type { RouteTable } from '@tollgate/routing';
import { compileGatewayResponses, type GatewayResponseTable } from './gateway-responses';
import { compileIntegrationResponses, type IntegrationResponseSelector } from './integration-responses';
import { compileProxyMappings, compileRequestPlan, type RequestPlan } from './request-plan';
import { compileUri, type CompiledUri } from './uri-template';

/** What the data plane derives from a snapshot once, at load; requests only read it. */
export interface CompiledSnapshot {
  readonly methods: ReadonlyMap<SnapshotMethod, CompiledMethod>;
  readonly gatewayResponses: GatewayResponseTable;
  /** Methods with a RequestValidator that checks something (the validate stage's plan). */
  readonly validations: ReadonlyMap<SnapshotMethod, CompiledValidation>;
}

export type CompiledMethod =
  | {
      readonly kind: 'HTTP_PROXY';
      readonly uri: CompiledUri;
      /** Upstream verb; undefined passes the request's verb through (ANY or unset). */
      readonly httpMethod: string | undefined;
      readonly timeoutMs: number;
      /** `{name}` in the URI -> path parameter it comes from (integration.request.path mapping). */
      readonly pathSources: ReadonlyMap<string, PathSource>;
      /** Header/query mappings merged into the passthrough request; undefined when there are none. */
      readonly mappings: CompiledRequestMappings | undefined;
    }
  | {
      /** Non-proxy HTTP: request templates and parameter mappings, integration responses. */
      readonly kind: 'HTTP';
      readonly uriTemplate: MappingUri;
      /** Upstream verb; undefined passes the request's verb through (ANY or unset). */
      readonly httpMethod: string | undefined;
      readonly timeoutMs: number;
      readonly request: RequestPlan;
      readonly responses: IntegrationResponseSelector;
    }
  | {
      readonly kind: 'MOCK';
      readonly request: RequestPlan;
      readonly responses: IntegrationResponseSelector;
    }
  /** Types a later issue implements, or a method whose integration could not be compiled. */
  | { readonly kind: 'UNAVAILABLE'; readonly reason: string };

export type PathSource = { readonly param: string } | { readonly literal: string };

const PATH_TARGET = 'integration.request.path.';
const FROM_PATH = 'method.request.path.';

/** The store's compile hook: runs once per deployment and never per request. */
export function compileSnapshot(snapshot: Snapshot, _routes: RouteTable): CompiledSnapshot {
  const methods = new Map<SnapshotMethod, CompiledMethod>();
  const validations = new Map<SnapshotMethod, CompiledValidation>();
  const binaryMediaTypes = snapshot.binaryMediaTypes ?? [];
  for (const resource of snapshot.resources) {
    for (const method of Object.values(resource.methods ?? {})) {
      if (!method) continue;
      methods.set(method, compileMethod(method.integration, binaryMediaTypes));
      const validation = compileMethodValidation(snapshot, method);
      if (validation !== undefined) validations.set(method, validation);
    }
  }
  return { methods, gatewayResponses: compileGatewayResponses(snapshot.gatewayResponses), validations };
}

function compileMethod(integration: SnapshotIntegration | undefined, binaryMediaTypes: readonly string[]): CompiledMethod {
  if (!integration) return { kind: 'UNAVAILABLE', reason: 'method has no integration' };
  try {
    switch (integration.type) {
      case 'HTTP_PROXY':
        return {
          kind: 'HTTP_PROXY',
          uri: compileUri(integration.uri ?? ''),
          httpMethod: upstreamMethod(integration),
          timeoutMs: upstreamTimeoutMs(integration),
          pathSources: compilePathSources(integration.requestParameters ?? {}),
          mappings: compileProxyMappings('HTTP_PROXY', integration.requestParameters),
        };
      case 'HTTP':
        return {
          kind: 'HTTP',
          uriTemplate: compileHttpUri(integration.uri ?? ''),
          httpMethod: upstreamMethod(integration),
          timeoutMs: upstreamTimeoutMs(integration),
          request: compileRequestPlan(integration, binaryMediaTypes),
          responses: compileIntegrationResponses(integration.integrationResponses),
        };
      case 'MOCK':
        return {
          kind: 'MOCK',
          request: compileRequestPlan(integration, binaryMediaTypes),
          responses: compileIntegrationResponses(integration.integrationResponses),
        };
      default:
        return { kind: 'UNAVAILABLE', reason: `integration type ${integration.type} is not supported yet` };
    }
  } catch (error) {
    // One broken method must not take the whole deployment down: it answers 500 on its own.
    return { kind: 'UNAVAILABLE', reason: (error as Error).message };
  }
}

/** The verb sent upstream; undefined (or ANY) forwards the client's own method. */
function upstreamMethod(integration: SnapshotIntegration): string | undefined {
  return !integration.httpMethod || integration.httpMethod === 'ANY' ? undefined : integration.httpMethod.toUpperCase();
}

/** The integration's own timeout, else AWS's default of 29 s. */
function upstreamTimeoutMs(integration: SnapshotIntegration): number {
  return integration.timeoutInMillis > 0 ? integration.timeoutInMillis : 29_000;
}

/** A non-proxy HTTP URI must be absolute http(s) unless a stage variable supplies the scheme/host. */
function compileHttpUri(uri: string): MappingUri {
  if (!uri.startsWith('${stageVariables.')) compileUri(uri);
  return compileMappingUri(uri);
}

function compilePathSources(parameters: Record<string, string>): Map<string, PathSource> {
  const sources = new Map<string, PathSource>();
  for (const [target, source] of Object.entries(parameters)) {
    if (!target.startsWith(PATH_TARGET)) continue;
    const name = target.slice(PATH_TARGET.length);
    if (source.startsWith(FROM_PATH)) sources.set(name, { param: source.slice(FROM_PATH.length) });
    else if (source.length >= 2 && source.startsWith("'") && source.endsWith("'")) sources.set(name, { literal: source.slice(1, -1) });
  }
  return sources;
}
