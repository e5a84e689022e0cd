import type { RequestContext } from '../pipeline/context';
import { GatewayError } from '../pipeline/gateway-error';
import { MAX_BODY_BYTES, readBody } from './read-body';

const EMPTY = Buffer.alloc(0);

/** True when the request carries a body (a non-zero Content-Length, or chunked framing). */
export function hasRequestBody(ctx: RequestContext): boolean {
  const length = ctx.req.headers['content-length'];
  return length !== undefined ? length !== '0' : ctx.req.headers['transfer-encoding'] !== undefined;
}

/** A declared Content-Length over 10 MB is refused before anything is read (413 Request Too Long). */
export function checkDeclaredLength(ctx: RequestContext): void {
  const length = ctx.req.headers['content-length'];
  if (length !== undefined && Number(length) > MAX_BODY_BYTES) throw new GatewayError('REQUEST_TOO_LARGE');
}

/**
 * The whole request body, read once and kept on the context for later stages (validate, then
 * request-mapping). Synchronous when it is already read or there is none; over 10 MB is REQUEST_TOO_LARGE.
 */
export function requestBody(ctx: RequestContext): Buffer | Promise<Buffer> {
  if (ctx.requestBody !== undefined) return ctx.requestBody;
  checkDeclaredLength(ctx);
  if (!hasRequestBody(ctx)) {
    ctx.requestBody = EMPTY;
    return EMPTY;
  }
  return readBody(ctx.req).then((body) => {
    ctx.requestBody = body;
    return body;
  });
}
