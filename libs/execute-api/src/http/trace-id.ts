import type { RequestContext } from '../pipeline/context';

/**
 * X-Ray style `Root=1-{epoch seconds hex}-{24 hex}`, derived from the request id (no extra randomness),
 * so the value sent to a backend and the one returned to the client (§1 R1) are the same.
 */
export function traceId(ctx: Pick<RequestContext, 'requestId' | 'requestTimeEpoch'>): string {
  const hex = ctx.requestId.replace(/-/g, '').slice(0, 24);
  return `Root=1-${Math.floor(ctx.requestTimeEpoch / 1000).toString(16)}-${hex}`;
}
