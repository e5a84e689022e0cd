import { randomUUID } from 'node:crypto';
import { ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Readable } from 'node:stream';
import type { Logger } from 'pino';
import { STAGE_RECORD_SCHEMA_VERSION, type Snapshot, type SnapshotMethod, type SnapshotResource } from '@tollgate/model';
import { compileRoutes, matchRoute } from '@tollgate/routing';
import { InMemorySnapshotStore, prepareSnapshot, type ServedStage } from '@tollgate/snapshot-store';
import { compileSnapshot, type CompiledSnapshot } from '../compile/compiled-snapshot';
import { traceId } from '../http/trace-id';
import type { UpstreamClient } from '../integrations/upstream-client';
import { createContext, type FinalResponse, type RequestContext } from '../pipeline/context';
import { ExecutionTrace } from '../pipeline/execution-trace';
import { runStages, STAGES, type NamedStage } from '../pipeline/pipeline';
import type { PipelineServices } from '../pipeline/services';
import { flatToMap, formatExecutionLog, formatMap } from './execution-log';
import { readAll, RecordingUpstreamClient } from './recording-upstream-client';
import { createSyntheticRequest } from './synthetic-request';
import { describeFailure } from './describe-failure';

/** What AWS puts in `$context` for a test invocation (no stage, no real caller). */
export const TEST_INVOKE_STAGE = 'test-invoke-stage';
export const TEST_INVOKE_DEPLOYMENT_ID = 'test-invoke-deployment-id';
const TEST_DOMAIN_NAME = 'testPrefix.testDomainName';
const TEST_SOURCE_IP = 'test-invoke-source-ip';

/**
 * Test invoke runs what follows routing: it names the resource and method itself (no parse, no route)
 * and, as AWS, bypasses authorizers, API keys and usage-plan/stage limits. Later stages added to
 * STAGES (validation, mappings) run here unchanged.
 */
const BYPASSED = new Set(['parse', 'route', 'authorize', 'api-key', 'limits']);
export const TEST_INVOKE_STAGES: readonly NamedStage[] = STAGES.filter((stage) => !BYPASSED.has(stage.name));

export interface TestInvokeRequest {
  /** The call's `{http_method}`: a method key (`GET`, `ANY`, ...) or a verb the resource's ANY method serves. */
  readonly httpMethod: string;
  readonly resourceId: string;
  /** Path (and query) used for path parameters and the query string; default the resource's path. */
  readonly pathWithQueryString?: string;
  readonly body?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly multiValueHeaders?: Readonly<Record<string, readonly string[]>>;
  readonly stageVariables?: Readonly<Record<string, string>>;
}

/** AWS's TestInvokeMethod response shape. */
export interface TestInvokeResult {
  readonly status: number;
  readonly body: string;
  readonly headers: Record<string, string>;
  readonly multiValueHeaders: Record<string, string[]>;
  readonly log: string;
  /** ms */
  readonly latency: number;
}

export interface TestInvokeServices {
  /** The shared HTTP client (its owner closes it). */
  readonly upstream: UpstreamClient;
  readonly logger: Logger;
  /** Cap on integration timeouts; default 29000. */
  readonly integrationTimeoutCapMs?: number;
}

/**
 * The current API as a servable stage: the same per-deployment compile the data plane runs on a
 * snapshot load. Throws SnapshotRejectedError when the data plane would refuse it too.
 */
export function prepareTestInvokeStage(snapshot: Snapshot): ServedStage<CompiledSnapshot> {
  const prepared = prepareSnapshot(snapshot, snapshot.deploymentId, compileSnapshot, false);
  return Object.freeze({
    stageRecord: {
      schemaVersion: STAGE_RECORD_SCHEMA_VERSION, accountId: snapshot.accountId, region: snapshot.region, restApiId: snapshot.restApiId,
      stageName: TEST_INVOKE_STAGE, deploymentId: snapshot.deploymentId, variables: {}, methodSettings: {},
      cacheClusterEnabled: false, tracingEnabled: false, updatedAt: Date.now(),
    },
    ...prepared,
  });
}

export interface TestInvokeTarget {
  readonly resource: SnapshotResource;
  readonly method: SnapshotMethod;
  /** The request's verb: the one named, or GET when the ANY method itself is named (a request needs a real verb). */
  readonly verb: string;
}

/**
 * The resource and method a test invocation names, or undefined when either is missing. A verb the
 * resource has no method for runs its ANY method, as a deployed stage would route it.
 */
export function findTestInvokeTarget(served: ServedStage<CompiledSnapshot>, resourceId: string, httpMethod: string): TestInvokeTarget | undefined {
  const resource = served.snapshot.resources.find((candidate) => candidate.id === resourceId);
  if (!resource) return undefined;
  const method = resource.methods[httpMethod as keyof SnapshotResource['methods']] ?? resource.methods.ANY;
  if (!method) return undefined;
  return { resource, method, verb: httpMethod === 'ANY' ? 'GET' : httpMethod };
}

/**
 * Runs one synthetic request through the data plane's own stages against `served` and returns what a
 * client would have seen, plus AWS's execution log. Never rejects for anything the request or the API
 * does: those become the gateway response a real call would get.
 */
export async function runTestInvoke(served: ServedStage<CompiledSnapshot>, request: TestInvokeRequest, services: TestInvokeServices): Promise<TestInvokeResult> {
  const target = findTestInvokeTarget(served, request.resourceId, request.httpMethod);
  if (!target) throw new Error(`method ${request.httpMethod} ${request.resourceId} is not in the snapshot`);
  const { resource, verb } = target;
  const startedAt = performance.now();
  const trace = new ExecutionTrace();
  const requestId = randomUUID();
  const [path, query] = splitPath(request.pathWithQueryString, resource.path);
  const rawHeaders = mergeHeaders(request.headers, request.multiValueHeaders);
  const body = Buffer.from(request.body ?? '', 'utf8');
  const req = createSyntheticRequest({ method: verb, url: query === '' ? path : `${path}?${query}`, rawHeaders, body });
  const pipelineServices: PipelineServices = {
    store: new InMemorySnapshotStore<CompiledSnapshot>(compileSnapshot),
    upstream: new RecordingUpstreamClient(services.upstream, trace),
    integrationTimeoutCapMs: services.integrationTimeoutCapMs ?? 29_000,
    logger: services.logger,
    limits: undefined,
  };
  const ctx = createContext({
    req, res: new ServerResponse(req), services: pipelineServices, protocol: 'https', startedAt, requestId,
    extendedRequestId: `${requestId.replace(/-/g, '').slice(0, 14)}=`, requestTimeEpoch: Date.now(),
  });
  bindTarget(ctx, served, target, path, query, request.stageVariables ?? {});
  ctx.trace = trace;
  trace.add(`Starting execution for request: ${requestId}`);
  trace.add(`HTTP Method: ${verb}, Resource Path: ${resource.path}`);
  trace.add(`Method request path: ${formatMap(ctx.pathParameters)}`);
  trace.add(`Method request query string: ${formatMap(queryMap(query))}`);
  trace.add(`Method request headers: ${formatMap(flatToMap(rawHeaders))}`);
  trace.add(`Method request body before transformations: ${body.toString('utf8')}`);

  await new Promise<void>((resolve) => runStages(ctx, TEST_INVOKE_STAGES, 0, () => resolve()));
  const response: FinalResponse = ctx.response ?? { statusCode: 500, headers: ['Content-Type', 'application/json'], body: '{"message":"Internal server error"}' };
  const responseBody = await bodyText(response.body, trace);
  const headers = resultHeaders(ctx, response);
  traceOutcome(ctx, response.statusCode, responseBody, headers);
  req.socket.destroy();
  return {
    status: response.statusCode,
    body: responseBody,
    headers: lastValues(headers),
    multiValueHeaders: headers,
    log: formatExecutionLog(requestId, trace),
    latency: Math.round(performance.now() - startedAt),
  };
}

/** What parse and route would have set, from the test request instead of a socket and a route match. */
function bindTarget(
  ctx: RequestContext, served: ServedStage<CompiledSnapshot>, { resource, method, verb }: TestInvokeTarget,
  path: string, query: string, stageVariables: Readonly<Record<string, string>>,
): void {
  const accountId = served.snapshot.accountId;
  ctx.restApiId = served.snapshot.restApiId;
  ctx.stageName = TEST_INVOKE_STAGE;
  ctx.rawPath = path;
  ctx.rawQuery = query;
  ctx.httpMethod = verb;
  ctx.domainName = TEST_DOMAIN_NAME;
  ctx.sourceIp = TEST_SOURCE_IP;
  const userAgent = ctx.req.headers['user-agent'];
  ctx.identity = {
    sourceIp: TEST_SOURCE_IP, userAgent, apiKey: 'test-invoke-api-key', apiKeyId: 'test-invoke-api-key-id',
    caller: accountId, user: accountId, accountId,
  };
  ctx.stage = served;
  ctx.resource = resource;
  ctx.method = method;
  ctx.compiledMethod = served.compiled.methods.get(method);
  ctx.pathParameters = pathParameters(resource, verb, path);
  ctx.stageVariables = stageVariables;
}

/** Path parameters by matching the given path against this resource alone; none when it does not match (as AWS). */
function pathParameters(resource: SnapshotResource, verb: string, path: string): Record<string, string> {
  try {
    return matchRoute(compileRoutes([resource]), verb, path)?.pathParameters ?? {};
  } catch {
    return {};
  }
}

function splitPath(pathWithQueryString: string | undefined, resourcePath: string): [string, string] {
  const given = pathWithQueryString === undefined || pathWithQueryString === '' ? resourcePath : pathWithQueryString;
  const at = given.indexOf('?');
  const path = at === -1 ? given : given.slice(0, at);
  return [path.startsWith('/') ? path : `/${path}`, at === -1 ? '' : given.slice(at + 1)];
}

function queryMap(query: string): Record<string, string> {
  const map: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, value] of new URLSearchParams(query)) map[name] = value;
  return map;
}

/** multiValueHeaders first, then `headers` whose name (case-insensitively) is not there yet. */
function mergeHeaders(headers: Readonly<Record<string, string>> = {}, multiValueHeaders: Readonly<Record<string, readonly string[]>> = {}): string[] {
  const flat: string[] = [];
  const seen = new Set<string>();
  for (const name of Object.keys(multiValueHeaders)) {
    seen.add(name.toLowerCase());
    for (const value of multiValueHeaders[name]) flat.push(name, value);
  }
  for (const name of Object.keys(headers)) {
    if (!seen.has(name.toLowerCase())) flat.push(name, headers[name]);
  }
  return flat;
}

async function bodyText(body: Readable | string | Buffer, trace: ExecutionTrace): Promise<string> {
  if (typeof body === 'string') return body;
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  try {
    return (await readAll(body)).toString('utf8');
  } catch (error) {
    trace.add(`Execution failed: ${(error as Error).message}`);
    return '';
  }
}

/**
 * The response headers as AWS's TestInvokeMethod reports them: no framing (Content-Length) and none of
 * the ids the front door adds to a real response; X-Amzn-Trace-Id first for non-MOCK integrations.
 */
function resultHeaders(ctx: RequestContext, response: FinalResponse): Record<string, string[]> {
  const flat: string[] = [];
  if (ctx.method?.integration?.type !== 'MOCK') flat.push('X-Amzn-Trace-Id', traceId(ctx));
  for (let i = 0; i < response.headers.length; i += 2) {
    const name = response.headers[i].toLowerCase();
    if (name === 'content-length' || name === 'x-amzn-requestid' || name === 'x-amz-apigw-id' || name === 'x-amzn-trace-id') continue;
    flat.push(response.headers[i], response.headers[i + 1]);
  }
  return flatToMap(flat);
}

function lastValues(map: Record<string, string[]>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const name of Object.keys(map)) result[name] = map[name][map[name].length - 1];
  return result;
}

function traceOutcome(ctx: RequestContext, status: number, body: string, headers: Record<string, string[]>): void {
  const trace = ctx.trace as ExecutionTrace;
  const error = ctx.error;
  if (error === undefined) {
    trace.add(`Method response body after transformations: ${body}`);
    trace.add(`Method response headers: ${formatMap(headers)}`);
    trace.add('Successfully completed execution');
  } else {
    for (const line of describeFailure(ctx, error)) trace.add(line);
    trace.add(`Gateway response type: ${error.type} with status code: ${status}`);
    trace.add(`Gateway response body: ${body}`);
    trace.add(`Gateway response headers: ${formatMap(headers)}`);
  }
  trace.add(`Method completed with status: ${status}`);
}
