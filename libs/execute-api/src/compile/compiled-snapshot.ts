import type { PassthroughBehavior, Snapshot, SnapshotIntegration, SnapshotMethod } from '@tollgate/model';
import type { RouteTable } from '@tollgate/routing';
import { compileGatewayResponses, type GatewayResponseTable } from './gateway-responses';
import { compileIntegrationResponses, type IntegrationResponseSelector } from './integration-responses';
import { compileUri, type CompiledUri } from './uri-template';
import { mockStatusCode } from '../integrations/mock-status-code';
import { isStaticTemplate } from '../templates/render-template';

/** What the data plane derives from a snapshot once, at load; requests only read it. */
export interface CompiledSnapshot {
  readonly methods: ReadonlyMap<SnapshotMethod, CompiledMethod>;
  readonly gatewayResponses: GatewayResponseTable;
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
    }
  | {
      readonly kind: 'MOCK';
      /** content type (lower-cased) -> request template, with its status code when the template is static. */
      readonly requestTemplates: ReadonlyMap<string, MockRequestTemplate>;
      readonly passthroughBehavior: PassthroughBehavior;
      readonly responses: IntegrationResponseSelector;
    }
  /** Types a later issue implements, or a method whose integration could not be compiled. */
  | { readonly kind: 'UNAVAILABLE'; readonly reason: string };

export interface MockRequestTemplate {
  readonly template: string;
  /** Precomputed for static templates (undefined if they hold no valid statusCode or are dynamic). */
  readonly staticStatusCode: number | undefined;
  readonly isStatic: boolean;
}

export type PathSource = { readonly param: string } | { readonly literal: string };

const PATH_TARGET = 'integration.request.path.';
const FROM_PATH = 'method.request.path.';

/** The store's compile hook: runs once per deployment and never per request. */
export function compileSnapshot(snapshot: Snapshot, _routes: RouteTable): CompiledSnapshot {
  const methods = new Map<SnapshotMethod, CompiledMethod>();
  for (const resource of snapshot.resources) {
    for (const method of Object.values(resource.methods ?? {})) {
      if (method) methods.set(method, compileMethod(method.integration));
    }
  }
  return { methods, gatewayResponses: compileGatewayResponses(snapshot.gatewayResponses) };
}

function compileMethod(integration: SnapshotIntegration | undefined): CompiledMethod {
  if (!integration) return { kind: 'UNAVAILABLE', reason: 'method has no integration' };
  try {
    switch (integration.type) {
      case 'HTTP_PROXY':
        return {
          kind: 'HTTP_PROXY',
          uri: compileUri(integration.uri ?? ''),
          httpMethod: !integration.httpMethod || integration.httpMethod === 'ANY' ? undefined : integration.httpMethod.toUpperCase(),
          timeoutMs: integration.timeoutInMillis > 0 ? integration.timeoutInMillis : 29_000,
          pathSources: compilePathSources(integration.requestParameters ?? {}),
        };
      case 'MOCK':
        return {
          kind: 'MOCK',
          requestTemplates: compileMockTemplates(integration.requestTemplates ?? {}),
          passthroughBehavior: integration.passthroughBehavior ?? 'WHEN_NO_MATCH',
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

function compileMockTemplates(templates: Record<string, string>): Map<string, MockRequestTemplate> {
  const compiled = new Map<string, MockRequestTemplate>();
  for (const [contentType, template] of Object.entries(templates)) {
    const isStatic = isStaticTemplate(template);
    compiled.set(contentType.toLowerCase(), { template, isStatic, staticStatusCode: isStatic ? mockStatusCode(template) : undefined });
  }
  return compiled;
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
