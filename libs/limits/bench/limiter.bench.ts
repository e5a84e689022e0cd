/**
 * Micro-benchmark of one limits check against a local Redis (not a test).
 *   node -r ./scripts/register.cjs libs/limits/bench/limiter.bench.ts [N=20000] [inFlight=64]
 * Each check is a realistic data-plane request: per-client, per-client-method, stage and account
 * buckets, a MONTH quota and the usage counter. Prints checks/s and per-check latency p50/p99 for
 * N sequential checks, then N checks with `inFlight` outstanding (pipelined on one connection), then the
 * same with ioredis auto-pipelining, and a baseline: a trivial script with the same keys and arguments
 * (what Redis and the client cost before our Lua does any work). Keys live under a random prefix and are deleted at the end.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Redis } from 'ioredis';
import { redisKeys } from '@tollgate/model';
import { createLimiter, createScriptRunner, type LimitRequest, planLimitRequest } from '../src';

const N = Number(process.argv[2] ?? 20_000);
const IN_FLIGHT = Number(process.argv[3] ?? 64);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const keys = redisKeys(`bench:${randomUUID()}:`);
const accountId = 'bench-account';

const request: LimitRequest = planLimitRequest(keys, {
  accountId,
  account: { accountId, throttle: { rateLimit: 1e9, burstLimit: 1e9 } },
  stage: { restApiId: 'api1', stageName: 'prod', methodSettings: { '*/*': { throttlingRateLimit: 1e9, throttlingBurstLimit: 1e9 } } },
  route: { resourcePath: '/pets/{petId}', httpMethod: 'GET' },
  client: {
    keyId: 'key1',
    plan: {
      id: 'plan1', accountId, name: 'bench',
      throttle: { rateLimit: 1e9, burstLimit: 1e9 },
      quota: { limit: 1e12, offset: 0, period: 'MONTH' },
      apiStages: { 'api1:prod': { '/pets/{petId}/GET': { rateLimit: 1e9, burstLimit: 1e9 } } },
    },
  },
});

function report(label: string, elapsedMs: number, latencies: Float64Array): void {
  latencies.sort();
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
  console.log(
    `${label.padEnd(34)} ${Math.round((latencies.length / elapsedMs) * 1000).toString().padStart(7)} checks/s` +
    `   p50 ${pct(0.5).toFixed(3)} ms   p99 ${pct(0.99).toFixed(3)} ms`,
  );
}

async function sequential(redis: Redis, label: string): Promise<void> {
  const limiter = createLimiter(redis, keys);
  const latencies = new Float64Array(N);
  const start = performance.now();
  for (let i = 0; i < N; i++) {
    const t = performance.now();
    const decision = await limiter.check(request);
    if (!decision.admitted) throw new Error(`unexpected rejection: ${JSON.stringify(decision)}`);
    latencies[i] = performance.now() - t;
  }
  report(label, performance.now() - start, latencies);
}

type Check = () => Promise<{ admitted: boolean }>;

async function pipelined(redis: Redis, label: string, check?: Check): Promise<void> {
  const limiter = createLimiter(redis, keys);
  const run: Check = check ?? (() => limiter.check(request));
  const latencies = new Float64Array(N);
  let next = 0;
  const worker = async () => {
    while (next < N) {
      const i = next++;
      const t = performance.now();
      const decision = await run();
      if (!decision.admitted) throw new Error(`unexpected rejection: ${JSON.stringify(decision)}`);
      latencies[i] = performance.now() - t;
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  report(label, performance.now() - start, latencies);
}

async function main(): Promise<void> {
  const redis = new Redis(REDIS_URL);
  const auto = new Redis(REDIS_URL, { enableAutoPipelining: true });
  try {
    console.log(`limits check: ${request.buckets.length} buckets + quota + usage, N=${N}, in flight=${IN_FLIGHT}`);
    await sequential(redis, 'warm-up (sequential)');
    await sequential(redis, 'sequential');
    await pipelined(redis, `pipelined (${IN_FLIGHT} in flight)`);
    await pipelined(auto, `auto-pipelined (${IN_FLIGHT} in flight)`);
    // Same wire payload as a real check (4 buckets + quota + usage = 6 keys, 6 + 8 args), no Lua work.
    const trivial = createScriptRunner(redis, 'return {1, -1}');
    const payload = [
      ...request.buckets.map((b) => b.key),
      keys.quotaCounter(accountId, 'plan1', 'key1', 'MONTH:bench'),
      keys.usageDay(accountId, 'plan1', 'bench'),
      Date.now(), 4, 1e12, Date.now(), 'key1|api1:prod', 3456000, 1, 1, 1, 1, 1, 1, 1, 1,
    ];
    await pipelined(redis, `baseline: trivial script, pipelined`, async () => {
      await trivial.run(6, payload);
      return { admitted: true };
    });
  } finally {
    const found = await redis.keys(`${keys.prefix}*`);
    if (found.length) await redis.del(...found);
    await Promise.all([redis.quit(), auto.quit()]);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
