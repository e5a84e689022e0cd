/**
 * Client CPU per limits check, by transport (not a test):
 *   node -r ./scripts/register.cjs libs/limits/bench/transport.bench.ts [N=30000] [inFlight=50] [rounds=3]
 * ioredis (auto-pipelined `evalsha`, as the data plane used to run it; and the generic `call('EVALSHA', ...)`)
 * against createRespLimiter (pre-encoded
 * frame on a RespConnection), each for a metered check (client-method, client, stage, account buckets,
 * MONTH quota, usage) and an open one (stage + account buckets), interleaved over several rounds. The
 * figure is process CPU (user + system) per check: Redis runs in its own process, so this is what the
 * data plane pays, and it barely moves with other load on a shared machine.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { redisKeys } from '@tollgate/model';
import {
  createLimiter, createRespLimiter, LIMIT_SCRIPT_SHA, LOAD_LIMIT_SCRIPT, type LimitRequest, type Limiter, planLimitRequest, RespConnection,
} from '../src';
import { decideLimit, LimitCallCache } from '../src/limit-call';
import { createWindowCache } from '../src/window-cache';

const N = Number(process.argv[2] ?? 30_000);
const IN_FLIGHT = Number(process.argv[3] ?? 50);
const ROUNDS = Number(process.argv[4] ?? 3);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const keys = redisKeys(`bench:${randomUUID()}:`);
const accountId = 'bench-account';
const HIGH = { rateLimit: 1e9, burstLimit: 1e9 };

const base = {
  accountId,
  account: { accountId, throttle: HIGH },
  stage: { restApiId: 'api1', stageName: 'prod', methodSettings: { '*/*': { throttlingRateLimit: 1e9, throttlingBurstLimit: 1e9 } } },
  route: { resourcePath: '/pets/{petId}', httpMethod: 'GET' },
};
const metered: LimitRequest = planLimitRequest(keys, {
  ...base,
  client: {
    keyId: 'key1',
    plan: {
      id: 'plan1', accountId, name: 'bench', throttle: HIGH, quota: { limit: 1e12, offset: 0, period: 'MONTH' },
      apiStages: { 'api1:prod': { '/pets/{petId}/GET': HIGH } },
    },
  },
});
const open: LimitRequest = planLimitRequest(keys, base);

async function cpuPerCheck(limiter: Limiter, request: LimitRequest): Promise<number> {
  let next = 0;
  const worker = async () => {
    while (next < N) {
      next++;
      const decision = await limiter.check(request);
      if (!decision.admitted) throw new Error(`unexpected rejection: ${JSON.stringify(decision)}`);
    }
  };
  const before = process.cpuUsage();
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const used = process.cpuUsage(before);
  return (used.user + used.system) / N;
}

/** The same prepared call through ioredis's generic `call` (the script is loaded by the warm-up above it). */
function callLimiter(redis: Redis): Limiter {
  const calls = new LimitCallCache(keys, createWindowCache(), LIMIT_SCRIPT_SHA);
  return {
    async check(request) {
      const now = Date.now();
      const call = calls.get(request, now);
      const args = call.keysAndArgs.slice();
      args[call.nowIndex] = now;
      return decideLimit(call, (await redis.call('EVALSHA', LIMIT_SCRIPT_SHA, call.numKeys, ...args)) as number[], now);
    },
  };
}

async function main(): Promise<void> {
  const ioredis = new Redis(REDIS_URL, { enableAutoPipelining: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, commandTimeout: 500 });
  const connection = RespConnection.fromUrl(REDIS_URL, { timeoutMs: 500, onConnectCommands: [LOAD_LIMIT_SCRIPT] });
  await Promise.all([new Promise((resolve) => ioredis.once('ready', resolve)), connection.whenReady()]);
  const limiters: Array<[string, Limiter]> = [
    ['ioredis evalsha', createLimiter(ioredis, keys)],
    ['ioredis call', callLimiter(ioredis)],
    ['resp pipeline', createRespLimiter(connection, keys)],
  ];
  const results = new Map<string, number[]>();
  for (const [, limiter] of limiters) {
    await cpuPerCheck(limiter, metered); // warm-up (JIT, script load)
    await cpuPerCheck(limiter, open);
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, limiter] of limiters) {
      for (const [kind, request] of [['metered', metered], ['open', open]] as const) {
        const label = `${name} ${kind}`;
        results.set(label, [...(results.get(label) ?? []), await cpuPerCheck(limiter, request)]);
      }
    }
  }
  for (const [label, values] of results) {
    process.stdout.write(`${label.padEnd(26)} ${values.map((v) => `${v.toFixed(1)} µs`).join('  ')}\n`);
  }
  const found = await ioredis.keys(`${keys.prefix}*`);
  if (found.length) await ioredis.del(...found);
  connection.close();
  ioredis.disconnect();
}

void main();
