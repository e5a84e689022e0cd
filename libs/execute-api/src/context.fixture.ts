import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import pino from 'pino';
import type { Snapshot, StageRecord } from '@tollgate/model';
import { matchRoute } from '@tollgate/routing';
import { InMemorySnapshotStore } from '@tollgate/snapshot-store';
import { buildSnapshot, buildStageRecord } from '@tollgate/testing';
import { compileSnapshot, type CompiledSnapshot } from './compile/compiled-snapshot';
import type { EndpointResponse } from './pipeline/context';
import { createContext, type RequestContext } from './pipeline/context';
import type { PipelineServices } from './pipeline/services';
import type { UpstreamClient, UpstreamRequest } from './integrations/upstream-client';

export interface FakeRequestInit {
  method?: string;
  url?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** An IncomingMessage stand-in: a readable body plus the fields the stages read. No sockets. */
export function fakeRequest(init: FakeRequestInit = {}): IncomingMessage {
  const req = Readable.from(init.body === undefined ? [] : [Buffer.isBuffer(init.body) ? init.body : Buffer.from(init.body)]) as unknown as IncomingMessage;
  const headers: Record<string, string> = {};
  const rawHeaders: string[] = [];
  for (const [name, value] of Object.entries(init.headers ?? {})) {
    headers[name.toLowerCase()] = value;
    rawHeaders.push(name, value);
  }
  // A real client frames a body; without Content-Length the stages would (rightly) see none.
  if (init.body !== undefined && headers['content-length'] === undefined && headers['transfer-encoding'] === undefined) {
    headers['content-length'] = String(Buffer.byteLength(init.body));
    rawHeaders.push('Content-Length', headers['content-length']);
  }
  return Object.assign(req, {
    method: init.method ?? 'GET',
    url: init.url ?? '/',
    headers,
    rawHeaders,
    socket: { remoteAddress: '203.0.113.9', localPort: 4567 },
  });
}

/** Records requests and answers with `respond` (or fails with `fail`). */
export class FakeUpstream implements UpstreamClient {
  readonly requests: UpstreamRequest[] = [];

  constructor(private readonly respond: (request: UpstreamRequest) => Promise<EndpointResponse>) {}

  request(request: UpstreamRequest): Promise<EndpointResponse> {
    this.requests.push(request);
    return this.respond(request);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

export function fakeServices(overrides: Partial<PipelineServices> = {}): PipelineServices {
  return {
    store: new InMemorySnapshotStore<CompiledSnapshot>(compileSnapshot),
    upstream: new FakeUpstream(() => Promise.resolve({ statusCode: 200, headers: {}, body: '' })),
    integrationTimeoutCapMs: 29_000,
    logger: pino({ level: 'silent' }),
    ...overrides,
  };
}

export function newContext(req: IncomingMessage = fakeRequest(), services: PipelineServices = fakeServices(), protocol: 'http' | 'https' = 'http'): RequestContext {
  return createContext({
    req, res: {} as ServerResponse, services, protocol,
    startedAt: 0, requestId: '0f0e0d0c-0b0a-4908-8706-050403020100', extendedRequestId: 'abcdefgh1=', requestTimeEpoch: 1_700_000_000_000,
  });
}

/**
 * The context as parse and route would leave it for `method rawPath` on a stage serving `snapshot`.
 */
export function routedContext(
  snapshot: Snapshot = buildSnapshot(), method = 'GET', rawPath = '/', init: FakeRequestInit = {},
  stageOverrides: Partial<StageRecord> = {}, services: PipelineServices = fakeServices(),
): RequestContext {
  const store = new InMemorySnapshotStore<CompiledSnapshot>(compileSnapshot);
  const served = store.put(buildStageRecord(stageOverrides, snapshot), snapshot);
  const ctx = newContext(fakeRequest({ method, url: `/dev${rawPath}`, ...init }), { ...services, store });
  ctx.restApiId = snapshot.restApiId;
  ctx.stageName = served.stageRecord.stageName;
  ctx.httpMethod = method;
  ctx.rawPath = rawPath;
  ctx.sourceIp = '203.0.113.9';
  const match = matchRoute(served.routes, method, rawPath);
  if (!match) throw new Error(`fixture: ${method} ${rawPath} does not match the snapshot`);
  ctx.stage = served;
  ctx.stageVariables = served.stageRecord.variables;
  ctx.resource = match.resource;
  ctx.method = match.method;
  ctx.pathParameters = match.pathParameters;
  ctx.compiledMethod = served.compiled.methods.get(match.method);
  return ctx;
}

/** Runs a stage (sync or async) and returns the GatewayError type it threw, or undefined. */
export async function thrownType(run: () => void | Promise<void>): Promise<string | undefined> {
  try {
    await run();
    return undefined;
  } catch (error) {
    if (error instanceof Error && error.name === 'GatewayError') return (error as Error & { type: string }).type;
    throw error;
  }
}
