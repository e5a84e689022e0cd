import type { RedisKeys } from '@tollgate/model';
import { USAGE_TTL_SECONDS, usageField } from '@tollgate/metering';
import type { LimitDecision, LimitRequest } from './limit-request';
import { bulk } from './resp/resp-frame';
import type { CachedWindow, WindowCache } from './window-cache';

/**
 * Everything about one LimitRequest's script call that does not change per request: keys, arguments and
 * (for the RESP client) the encoded frame around `now`. Built once per request object and quota/usage
 * window, so the hot path builds no key strings and validates nothing (see limit-script.ts for the layout).
 */
export interface LimitCall {
  readonly request: LimitRequest;
  readonly numKeys: number;
  /** Keys then ARGV, with ARGV[1] (now) at `nowIndex`; copied per ioredis call (it keeps the array). */
  readonly keysAndArgs: ReadonlyArray<string | number>;
  readonly nowIndex: number;
  /** EVALSHA frame = framePrefix + bulk(now) + frameSuffix. */
  readonly framePrefix: string;
  readonly frameSuffix: string;
  readonly quotaWindow: CachedWindow | undefined;
  /** The call is valid while validFrom <= now < validUntil (the quota window and usage day it names). */
  readonly validFrom: number;
  readonly validUntil: number;
}

const ADMITTED: LimitDecision = Object.freeze({ admitted: true });
const QUOTA_SCOPE_REPLY = 2;

export class LimitCallCache {
  private readonly calls = new WeakMap<LimitRequest, LimitCall>();

  constructor(private readonly keys: RedisKeys, private readonly windows: WindowCache, private readonly sha: string) {}

  /** The prepared call for `request` at `now`; throws RangeError for invalid limits (nothing cached then). */
  get(request: LimitRequest, now: number): LimitCall {
    const cached = this.calls.get(request);
    if (cached !== undefined && now >= cached.validFrom && now < cached.validUntil) return cached;
    const call = this.build(request, now);
    this.calls.set(request, call);
    return call;
  }

  private build(request: LimitRequest, now: number): LimitCall {
    const { buckets, quota, usage, accountId } = request;
    const { keys, windows } = this;
    let validFrom = -Infinity;
    let validUntil = Infinity;
    const quotaWindow = quota ? windows.at(now, quota.period, quota.offset) : undefined;
    if (quota && !(quota.limit >= 0)) throw new RangeError(`Invalid quota limit ${quota.limit}`);
    if (quotaWindow) {
      validFrom = quotaWindow.startMs;
      validUntil = quotaWindow.endMs;
    }
    const day = usage ? windows.at(now, 'DAY', 0) : undefined;
    if (day) {
      validFrom = Math.max(validFrom, day.startMs);
      validUntil = Math.min(validUntil, day.endMs);
    }
    const bucketKeys: string[] = [];
    const bucketArgs: number[] = [];
    for (const bucket of buckets) {
      // NaN or negative limits would make the script fail or refill backwards: refuse them here.
      if (!(bucket.rateLimit >= 0 && bucket.burstLimit >= 0)) {
        throw new RangeError(`Invalid throttle for ${bucket.scope}: rateLimit ${bucket.rateLimit}, burstLimit ${bucket.burstLimit}`);
      }
      bucketKeys.push(bucket.key);
      bucketArgs.push(bucket.rateLimit, bucket.burstLimit);
    }
    const callKeys = [...bucketKeys];
    if (quota && quotaWindow) callKeys.push(keys.quotaCounter(accountId, quota.planId, quota.keyId, quotaWindow.id));
    if (usage && day) callKeys.push(keys.usageDay(accountId, usage.planId, day.startDate));
    const argsAfterNow: Array<string | number> = [
      buckets.length,
      quota ? quota.limit : '',
      quotaWindow ? quotaWindow.expireAtMs : 0,
      usage ? usageField(usage.keyId, usage.apiStage) : '',
      USAGE_TTL_SECONDS,
      ...bucketArgs,
    ];
    const numKeys = callKeys.length;
    const total = 3 + numKeys + 1 + argsAfterNow.length; // EVALSHA sha numkeys, keys, now, the rest
    let framePrefix = `*${total}\r\n$7\r\nEVALSHA\r\n${bulk(this.sha)}${bulk(String(numKeys))}`;
    for (const key of callKeys) framePrefix += bulk(key);
    let frameSuffix = '';
    for (const arg of argsAfterNow) frameSuffix += bulk(String(arg));
    return {
      request, numKeys, nowIndex: numKeys, framePrefix, frameSuffix, quotaWindow, validFrom, validUntil,
      keysAndArgs: [...callKeys, 0, ...argsAfterNow],
    };
  }
}

/** The script's reply (see limit-script.ts) as a decision; `now` is the time the call was made with. */
export function decideLimit(call: LimitCall, reply: readonly number[], now: number): LimitDecision {
  if (reply[0] === 1) return reply[1] < 0 ? ADMITTED : { admitted: true, quotaRemaining: reply[1] };
  if (reply[1] === QUOTA_SCOPE_REPLY) {
    return { admitted: false, reason: 'QUOTA_EXCEEDED', retryAfterMs: (call.quotaWindow?.endMs ?? now) - now };
  }
  const retryAfterMs = reply[2] >= 0 ? reply[2] : undefined;
  const throttledBy = call.request.buckets[reply[3] - 1]?.scope;
  return retryAfterMs === undefined
    ? { admitted: false, reason: 'THROTTLED', throttledBy }
    : { admitted: false, reason: 'THROTTLED', retryAfterMs, throttledBy };
}

export { ADMITTED };
