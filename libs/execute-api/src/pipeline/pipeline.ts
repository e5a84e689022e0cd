import type { Readable } from 'node:stream';
import type { RequestContext } from './context';
import { apiKeyStage } from './stages/api-key.stage';
import { authorizeStage } from './stages/authorize.stage';
import { gatewayResponseStage } from './stages/gateway-response.stage';
import { integrationStage } from './stages/integration.stage';
import { limitsStage } from './stages/limits.stage';
import { observeStage } from './stages/observe.stage';
import { parseStage } from './stages/parse.stage';
import { requestMappingStage } from './stages/request-mapping.stage';
import { responseMappingStage } from './stages/response-mapping.stage';
import { routeStage } from './stages/route.stage';
import { validateStage } from './stages/validate.stage';

/** A stage returns a promise only when it must wait; the runner then (and only then) awaits it. */
export type Stage = (ctx: RequestContext) => void | Promise<void>;

export interface NamedStage {
  readonly name: string;
  readonly run: Stage;
}

/**
 * THE ordered list of request stages (STYLE.md §5). The authorize stage fails closed until
 * authorizer invocation lands.
 */
export const STAGES: readonly NamedStage[] = [
  { name: 'parse', run: parseStage },
  { name: 'route', run: routeStage },
  { name: 'authorize', run: authorizeStage },
  { name: 'api-key', run: apiKeyStage },
  { name: 'limits', run: limitsStage },
  { name: 'validate', run: validateStage },
  { name: 'request-mapping', run: requestMappingStage },
  { name: 'integration', run: integrationStage },
  { name: 'response-mapping', run: responseMappingStage },
];

/** The single error exit, and what runs after the response has been written. */
export const ERROR_STAGE = { name: 'gateway-response', run: gatewayResponseStage } as const;
export const AFTER_RESPONSE_STAGE = { name: 'observe', run: observeStage } as const;

/** Runs the chain for one request and writes the response. Never throws. */
export function runPipeline(ctx: RequestContext): void {
  runStages(ctx, STAGES, 0);
}

/**
 * The runner: sync stages run back to back in one tick; a promise is awaited. `finish` gets the context
 * once `ctx.response` is final (success or gateway response); by default it writes the response to
 * `ctx.res`. TestInvokeMethod passes its own to capture the response without a socket.
 */
export function runStages(ctx: RequestContext, stages: readonly NamedStage[], index: number, finish: (ctx: RequestContext) => void = respond): void {
  try {
    for (let i = index; i < stages.length; i++) {
      const pending = stages[i].run(ctx);
      if (pending !== undefined) {
        pending.then(() => runStages(ctx, stages, i + 1, finish), (error: unknown) => fail(ctx, error, finish));
        return;
      }
    }
  } catch (error) {
    fail(ctx, error, finish);
    return;
  }
  finish(ctx);
}

function ignore(): void {
  // The client is gone or the body is being discarded: nothing is left to tell.
}

function fail(ctx: RequestContext, error: unknown, finish: (ctx: RequestContext) => void): void {
  try {
    ERROR_STAGE.run(ctx, error);
  } catch (secondary) {
    ctx.services.logger.error({ requestId: ctx.requestId, err: secondary }, 'gateway-response stage failed');
    ctx.response = { statusCode: 500, headers: lastResortHeaders(ctx), body: '{"message":"Internal server error"}' };
  }
  finish(ctx);
}

/** AWS's plain 500 with the ids every error carries (§2), for the paths where no gateway response could be built. */
function lastResortHeaders(ctx: RequestContext): string[] {
  return ['Content-Type', 'application/json', 'x-amzn-ErrorType', 'InternalServerErrorException', 'x-amzn-RequestId', ctx.requestId, 'x-amz-apigw-id', ctx.extendedRequestId];
}

function respond(ctx: RequestContext): void {
  const { res } = ctx;
  const response = ctx.response;
  res.once('close', () => AFTER_RESPONSE_STAGE.run(ctx));
  if (res.headersSent || res.destroyed) {
    // undici's body emits 'error' (RequestAbortedError) when destroyed unread; unheard, that would crash the process.
    if (response && typeof response.body === 'object' && !Buffer.isBuffer(response.body)) response.body.once('error', ignore).destroy();
    return;
  }
  if (!response) {
    res.writeHead(500, lastResortHeaders(ctx)).end('{"message":"Internal server error"}');
    return;
  }
  const body = response.body;
  const whole = typeof body === 'string' || Buffer.isBuffer(body);
  // A complete body gets a Content-Length (no chunked framing); HEAD and 204/304 carry none.
  if (whole && ctx.httpMethod !== 'HEAD' && response.statusCode !== 204 && response.statusCode !== 304) {
    response.headers.push('Content-Length', String(Buffer.byteLength(body)));
  }
  try {
    res.writeHead(response.statusCode, response.headers);
  } catch (error) {
    // A header value no HTTP message may carry (e.g. from a mapping): answer 500 rather than crash.
    ctx.services.logger.warn({ requestId: ctx.requestId, err: (error as Error).message }, 'invalid response header');
    if (!whole) (body as Readable).once('error', ignore).destroy();
    res.writeHead(500, lastResortHeaders(ctx))
      .end('{"message":"Internal server error"}');
    return;
  }
  if (whole) {
    res.end(body);
    return;
  }
  const stream = body as Readable;
  // Proxied body: streamed, never buffered. pipe() rather than stream.pipeline(): the latter allocates
  // an AbortController and a DOMException per call, measurable at proxy rates.
  stream.once('error', (error: Error) => {
    ctx.services.logger.debug({ requestId: ctx.requestId, err: error.message }, 'upstream body failed mid-stream');
    res.destroy(error);
  });
  res.once('close', () => {
    if (!stream.readableEnded) stream.destroy();
  });
  stream.pipe(res);
}
