import { createHash } from 'node:crypto';
import type { RedisKeys } from '@tollgate/model';
import { ADMITTED, LimitCallCache, decideLimit, type LimitCall } from './limit-call';
import type { LimitDecision } from './limit-request';
import { LIMIT_SCRIPT } from './limit-script';
import type { Clock, Limiter } from './limiter';
import type { RespConnection, ReplyHandler } from './resp/resp-connection';
import { encodeCommand } from './resp/resp-frame';
import { RespError, type RespValue } from './resp/resp-reader';
import { createWindowCache } from './window-cache';

/** One check in flight; the only per-request allocation besides the promise and the frame string. */
interface InFlight {
  call: LimitCall;
  now: number;
  frame: string;
  /** Set once the NOSCRIPT fallback was used, so a second NOSCRIPT fails instead of looping. */
  reloaded: boolean;
  resolve: (decision: LimitDecision) => void;
  reject: (error: Error) => void;
}

export const LIMIT_SCRIPT_SHA = createHash('sha1').update(LIMIT_SCRIPT).digest('hex');
/** Give this to the connection's onConnectCommands so the script is cached before the first check. */
export const LOAD_LIMIT_SCRIPT: ReadonlyArray<string> = ['SCRIPT', 'LOAD', LIMIT_SCRIPT];
const LOAD_FRAME = encodeCommand(LOAD_LIMIT_SCRIPT);

/**
 * The limiter over a RespConnection: the same script, keys and decisions as createLimiter, but the EVALSHA
 * frame is pre-encoded per planned request (only `now` is spliced in) and written with every other check
 * of the same event-loop turn in one socket write. Connection down or timed out: the check rejects at once
 * (the limits stage then admits unchecked). Script missing on the server (SCRIPT FLUSH, failover):
 * SCRIPT LOAD is pipelined ahead of a resend of the same frame.
 */
export function createRespLimiter(connection: RespConnection, keys: RedisKeys, clock: Clock = Date.now): Limiter {
  const calls = new LimitCallCache(keys, createWindowCache(), LIMIT_SCRIPT_SHA);
  const handler: ReplyHandler<InFlight> = {
    reply(value, check) {
      if (value instanceof RespError) {
        if (!check.reloaded && value.message.startsWith('NOSCRIPT')) {
          check.reloaded = true;
          connection.send(LOAD_FRAME, IGNORE, undefined);
          connection.send(check.frame, handler, check);
          return;
        }
        check.reject(value);
        return;
      }
      if (!isIntegerArray(value)) {
        check.reject(new Error('unexpected reply from the limits script'));
        return;
      }
      check.resolve(decideLimit(check.call, value, check.now));
    },
    fail(error, check) {
      check.reject(error);
    },
  };

  return {
    check(request) {
      if (request.buckets.length === 0 && !request.quota && !request.usage) return Promise.resolve(ADMITTED);
      const now = clock();
      let call: LimitCall;
      try {
        call = calls.get(request, now);
      } catch (error) {
        return Promise.reject(error as Error);
      }
      return new Promise<LimitDecision>((resolve, reject) => {
        const stamp = String(now);
        const frame = `${call.framePrefix}$${stamp.length}\r\n${stamp}\r\n${call.frameSuffix}`;
        connection.send(frame, handler, { call, now, frame, reloaded: false, resolve, reject });
      });
    },
  };
}

const IGNORE: ReplyHandler<undefined> = { reply: () => undefined, fail: () => undefined };

function isIntegerArray(value: RespValue): value is number[] {
  return Array.isArray(value) && value.length > 0 && typeof value[0] === 'number';
}
