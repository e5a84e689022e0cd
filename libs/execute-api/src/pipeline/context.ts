import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import type { SnapshotMethod, SnapshotResource, UsagePlanRecord } from '@tollgate/model';
import type { ServedStage } from '@tollgate/snapshot-store';
import type { CompiledMethod, CompiledSnapshot } from '../compile/compiled-snapshot';
import type { PipelineServices } from './services';
import type { GatewayError } from './gateway-error';
import type { ExecutionTrace } from './execution-trace';
import type { TemplateContext } from '@tollgate/vtl';

/** Headers as a flat `[name, value, name, value, ...]` list, the form node's writeHead takes unchanged. */
export type FlatHeaders = string[];

/**
 * The one object the stages share. Every field names the stage that writes it; stages talk only
 * through these fields. Created by the server with `createContext`.
 */
export interface RequestContext {
  // --- server (before the first stage) ---
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly services: PipelineServices;
  readonly protocol: 'http' | 'https';
  /** performance.now() when the request arrived. */
  readonly startedAt: number;
  readonly requestId: string;
  /** Value of `x-amz-apigw-id`, also `$context.extendedRequestId`. */
  readonly extendedRequestId: string;
  readonly requestTimeEpoch: number;

  // --- parse ---
  /** Lower-cased API id from the Host or the `/restapis/` path. */
  restApiId: string;
  stageName: string;
  /** Path after the stage, raw (not URL-decoded); `/` at least. */
  rawPath: string;
  /** Query string without `?`, raw. */
  rawQuery: string;
  httpMethod: string;
  /** Host as sent, for `$context.domainName`. */
  domainName: string;
  sourceIp: string;

  // --- route ---
  stage: ServedStage<CompiledSnapshot> | undefined;
  resource: SnapshotResource | undefined;
  method: SnapshotMethod | undefined;
  /** Precompiled integration plan for `method` (from the snapshot load, never built per request). */
  compiledMethod: CompiledMethod | undefined;
  pathParameters: Record<string, string>;
  /** Stage variables (canary overrides merged later by the canary work); `{}` when none. */
  stageVariables: Readonly<Record<string, string>>;
  /** `$context.isCanaryRequest`: true when the stage's canary deployment serves this request. */
  isCanaryRequest: boolean;

  // --- authorize (later issue) ---
  /** `$context.identity`; authorize and api-key stages fill apiKey/apiKeyId and caller fields. */
  identity: RequestIdentity;
  /** `$context.authorizer.*` from a Lambda/Cognito authorizer. */
  authorizer: Readonly<Record<string, unknown>> | undefined;

  // --- api-key ---
  /** Usage plan the API key was admitted under; the limits stage counts against it. */
  usagePlanId: string | undefined;
  /** The plan record itself (from the in-memory record cache), for the limits stage. */
  usagePlan: UsagePlanRecord | undefined;

  // --- validate, request-mapping (whichever needs them first; built once, lazily) ---
  /** URL-decoded query values and headers in the client's spelling, as lists (http/method-request.ts). */
  methodRequest: MethodRequestParameters | undefined;

  // --- validate ---
  /** `$context.error.validationErrorString` when the validator refused the request. */
  validationErrorString: string | undefined;

  // --- request-mapping ---
  /** What the integration stage sends (HTTP, HTTP_PROXY) or evaluates (MOCK). */
  integrationRequest: IntegrationRequest | undefined;
  /** Whole request body, read only when a stage needs it (validation, templates, non-proxy HTTP, MOCK passthrough). */
  requestBody: Buffer | undefined;
  /** `$context.requestOverride.*` as the request template set it; undefined when no template ran. */
  requestOverride: ContextOverride | undefined;
  /** `$context.responseOverride.*` as the request template set it (the response phase applies it); undefined when no template ran. */
  responseOverride: (ContextOverride & { status?: number }) | undefined;

  // --- integration ---
  endpointResponse: EndpointResponse | undefined;

  // --- any stage that renders a template or maps from context (templates/context-variables.ts) ---
  /** `$context` without error/overrides, built once on first use; undefined until then. */
  contextVariables: TemplateContext | undefined;

  // --- response-mapping (or gateway-response on error) ---
  response: FinalResponse | undefined;

  // --- gateway-response ---
  error: GatewayError | undefined;

  // --- TestInvokeMethod only (set before the first stage; always undefined on the data plane) ---
  /** Execution log; any stage may append a line when it is present (pipeline/execution-trace.ts). */
  trace: ExecutionTrace | undefined;
}

export interface RequestIdentity {
  sourceIp: string;
  userAgent: string | undefined;
  apiKey?: string;
  apiKeyId?: string;
  caller?: string;
  user?: string;
  accountId?: string;
}

export interface ContextOverride {
  readonly header: Record<string, string>;
  readonly querystring: Record<string, string>;
  readonly path: Record<string, string>;
}

export type IntegrationRequest =
  | { readonly kind: 'http'; readonly origin: string; readonly path: string; readonly method: string; readonly headers: FlatHeaders; readonly body: Readable | Buffer | undefined; readonly timeoutMs: number }
  | { readonly kind: 'mock'; readonly statusCode: number };

export interface EndpointResponse {
  statusCode: number;
  /** Lower-cased names, as the upstream client reports them. */
  headers: Record<string, string | string[] | undefined>;
  /** A stream for proxied bodies (never buffered), a string for MOCK, a Buffer when the method maps its response. */
  body: Readable | string | Buffer;
}

/** The method request's query string and headers, as parameter mappings and `$input.params` read them. */
export interface MethodRequestParameters {
  /** URL-decoded values in arrival order. */
  readonly multiValueQueryStringParameters: Readonly<Record<string, readonly string[]>>;
  /** Last value of each query parameter. */
  readonly queryStringParameters: Readonly<Record<string, string>>;
  /** Values in arrival order, keyed by the client's own spelling (lookups are case-sensitive). */
  readonly multiValueHeaders: Readonly<Record<string, readonly string[]>>;
  /** Last value of each header, client's spelling. */
  readonly headers: Readonly<Record<string, string>>;
}

export interface FinalResponse {
  statusCode: number;
  headers: FlatHeaders;
  body: Readable | string | Buffer;
}

/** A fresh context with every stage-written field empty. */
export function createContext(
  init: Pick<RequestContext, 'req' | 'res' | 'services' | 'protocol' | 'startedAt' | 'requestId' | 'extendedRequestId' | 'requestTimeEpoch'>,
): RequestContext {
  // Written out field by field (no spread) so every context has the same shape from birth.
  return {
    req: init.req, res: init.res, services: init.services, protocol: init.protocol, startedAt: init.startedAt,
    requestId: init.requestId, extendedRequestId: init.extendedRequestId, requestTimeEpoch: init.requestTimeEpoch,
    restApiId: '', stageName: '', rawPath: '/', rawQuery: '', httpMethod: init.req.method ?? 'GET', domainName: '', sourceIp: '',
    stage: undefined, resource: undefined, method: undefined, compiledMethod: undefined, pathParameters: {}, stageVariables: {}, isCanaryRequest: false,
    identity: { sourceIp: '', userAgent: undefined }, authorizer: undefined, usagePlanId: undefined, usagePlan: undefined,
    methodRequest: undefined, validationErrorString: undefined,
    integrationRequest: undefined, requestBody: undefined,
    requestOverride: undefined, responseOverride: undefined,
    endpointResponse: undefined, contextVariables: undefined, response: undefined, error: undefined, trace: undefined,
  };
}
