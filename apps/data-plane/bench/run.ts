import { fork, type ChildProcess } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { runLoad, type LoadResult } from './autocannon';

/**
 * `npm run bench`: direct-to-backend baseline, then each scenario, with autocannon.
 * The backend and each system under test run in their own process, so the load generator does not
 * steal their CPU. Add a scenario by adding one entry to SCENARIOS (e.g. the metered route).
 * Env: BENCH_DURATION_S (5), BENCH_WARMUP_S (3), BENCH_CONNECTIONS (50), BENCH_ONLY (comma-separated scenario
 * names), BENCH_ROUNDS (1): repeat the whole list that many times, interleaved, and summarise with medians
 * (on a shared machine one round can land on someone else's load spike; interleaving spreads it).
 */
interface Scenario {
  name: string;
  /** Child process to start (file in this folder, extra args after the backend URL); none = hit the backend. */
  server?: { file: string; args?: string[] };
  /** Path and headers to request on that server. */
  path: string;
  headers?: Record<string, string>;
}

const API_HOST = 'benchapi01.execute-api.us-east-1.localhost';
const BENCH_API_KEY = 'bench-api-key-0123456789';
const OPEN = 'data plane (HTTP_PROXY)';
const OPEN_LIMITS = 'data plane open + limits';
const METERED = 'data plane metered';

const SCENARIOS: Scenario[] = [
  { name: 'direct to backend', path: '/items/1' },
  { name: 'bare proxy (http-proxy)', server: { file: 'bare-proxy.child.ts', args: ['http-proxy'] }, path: '/items/1' },
  { name: 'bare proxy (undici)', server: { file: 'bare-proxy.child.ts', args: ['undici'] }, path: '/items/1' },
  { name: 'bare proxy (undici stream)', server: { file: 'bare-proxy.child.ts', args: ['undici-stream'] }, path: '/items/1' },
  { name: OPEN, server: { file: 'data-plane.child.ts' }, path: '/bench/items/1', headers: { Host: API_HOST } },
  // Limits on (Redis): the open route pays stage + account throttles; metered adds API key, plan throttles, quota, usage.
  { name: OPEN_LIMITS, server: { file: 'data-plane-limits.child.ts', args: [BENCH_API_KEY] }, path: '/bench/items/1', headers: { Host: API_HOST } },
  { name: METERED, server: { file: 'data-plane-limits.child.ts', args: [BENCH_API_KEY] }, path: '/bench/metered/1', headers: { Host: API_HOST, 'x-api-key': BENCH_API_KEY } },
];

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 5);
// Long enough for the JIT to settle in a fresh child (the limits path has more code to compile: ioredis, Lua calls).
const WARMUP_S = Number(process.env.BENCH_WARMUP_S ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const ONLY = process.env.BENCH_ONLY?.split(',');
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 1));

function start(file: string, args: string[] = []): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(join(__dirname, file), args, { execArgv: ['-r', join(__dirname, '../../../scripts/register.cjs')], stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.once('message', (message: { url: string }) => resolve({ child, url: message.url }));
    child.once('exit', (code) => reject(new Error(`${file} exited with ${code}`)));
  });
}

function cpuMicros(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const onMessage = (message: { cpuMicros?: number }) => {
      if (message.cpuMicros === undefined) return;
      child.off('message', onMessage);
      resolve(message.cpuMicros);
    };
    child.on('message', onMessage);
    child.send('cpu');
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.disconnect();
  });
}

/** CPU µs per request of the process that serves the scenario (the shared machine's load does not inflate it). */
function row(name: string, result: LoadResult, baseline: LoadResult | undefined, cpuPerRequest: number): string {
  const ratio = baseline ? `${((result.requests.average / baseline.requests.average) * 100).toFixed(0)}%` : '100%';
  const failures = result.non2xx + result.errors + result.timeouts;
  return [name.padEnd(28), result.requests.average.toFixed(0).padStart(8), `${result.latency.p50} ms`.padStart(8), `${result.latency.p99} ms`.padStart(8), ratio.padStart(10), `${cpuPerRequest.toFixed(0)} µs`.padStart(10), String(failures).padStart(7)].join(' ');
}

interface Measured {
  result: LoadResult;
  cpuPerRequest: number;
}

async function main(): Promise<void> {
  const backend = await start('backend.child.ts');
  try {
    process.stdout.write(`machine: nproc ${cpus().length}, ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
    process.stdout.write(`autocannon: ${CONNECTIONS} connections, ${DURATION_S} s per scenario (after a ${WARMUP_S} s warm-up), ${ROUNDS} round(s)\n`);
    process.stdout.write(`${'scenario'.padEnd(28)} ${'rps'.padStart(8)} ${'p50'.padStart(8)} ${'p99'.padStart(8)} ${'vs direct'.padStart(10)} ${'CPU/req'.padStart(10)} ${'errors'.padStart(7)}\n`);
    const rounds: Array<Map<string, Measured>> = [];
    for (let round = 1; round <= ROUNDS; round++) {
      if (ROUNDS > 1) process.stdout.write(`-- round ${round}\n`);
      const measured = new Map<string, Measured>();
      rounds.push(measured);
      let baseline: LoadResult | undefined;
      for (const scenario of SCENARIOS) {
        if (ONLY && baseline && !ONLY.includes(scenario.name)) continue;
        const server = scenario.server ? await start(scenario.server.file, [backend.url, ...(scenario.server.args ?? [])]) : undefined;
        try {
          const options = { url: `${server?.url ?? backend.url}${scenario.path}`, headers: scenario.headers, connections: CONNECTIONS };
          const serving = server?.child ?? backend.child;
          await runLoad({ ...options, duration: WARMUP_S });
          const cpuBefore = await cpuMicros(serving);
          const result = await runLoad({ ...options, duration: DURATION_S });
          const cpuPerRequest = (await cpuMicros(serving) - cpuBefore) / Math.max(1, result.requests.total);
          baseline ??= result;
          measured.set(scenario.name, { result, cpuPerRequest });
          process.stdout.write(`${row(scenario.name, result, baseline, cpuPerRequest)}\n`);
        } finally {
          if (server) await stop(server.child);
        }
      }
      printRatios(measured);
    }
    if (ROUNDS > 1) printSummary(rounds);
  } finally {
    await stop(backend.child);
  }
}

/** The issue-5 target: metered throughput >= 80 % of an open route's (rps, and CPU/req inverted). */
function printRatios(measured: Map<string, Measured>): void {
  const metered = measured.get(METERED);
  if (!metered) return;
  for (const name of [OPEN, OPEN_LIMITS]) {
    const open = measured.get(name);
    if (!open) continue;
    const rps = (metered.result.requests.average / open.result.requests.average) * 100;
    const cpu = (open.cpuPerRequest / metered.cpuPerRequest) * 100;
    process.stdout.write(`metered / ${name}: ${rps.toFixed(0)}% rps, ${cpu.toFixed(0)}% by CPU per request\n`);
  }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Medians over the rounds, as a markdown table (what apps/data-plane/README.md records), then the ratios. */
function printSummary(rounds: Array<Map<string, Measured>>): void {
  const names = SCENARIOS.map((s) => s.name).filter((name) => rounds.some((r) => r.has(name)));
  const of = (name: string, pick: (m: Measured) => number) => median(rounds.flatMap((r) => (r.has(name) ? [pick(r.get(name) as Measured)] : [])));
  const rps = (name: string) => of(name, (m) => m.result.requests.average);
  const cpu = (name: string) => of(name, (m) => m.cpuPerRequest);
  const direct = rps(names[0]);
  process.stdout.write(`\nmedians of ${rounds.length} rounds\n| scenario | rps | p50 | p99 | vs direct | CPU/req |\n|---|---|---|---|---|---|\n`);
  for (const name of names) {
    const p50 = of(name, (m) => m.result.latency.p50);
    const p99 = of(name, (m) => m.result.latency.p99);
    process.stdout.write(`| ${name} | ${rps(name).toFixed(0)} | ${p50} ms | ${p99} ms | ${((rps(name) / direct) * 100).toFixed(0)} % | ${cpu(name).toFixed(0)} µs |\n`);
  }
  if (!names.includes(METERED)) return;
  for (const name of [OPEN, OPEN_LIMITS]) {
    if (!names.includes(name)) continue;
    // Per-round ratios first (both routes measured minutes apart under similar load), then their median.
    const rpsRatios = rounds.filter((r) => r.has(name) && r.has(METERED))
      .map((r) => (r.get(METERED) as Measured).result.requests.average / (r.get(name) as Measured).result.requests.average);
    const cpuRatios = rounds.filter((r) => r.has(name) && r.has(METERED))
      .map((r) => (r.get(name) as Measured).cpuPerRequest / (r.get(METERED) as Measured).cpuPerRequest);
    process.stdout.write(`metered / ${name}: median ${(median(rpsRatios) * 100).toFixed(0)}% rps (rounds: ${rpsRatios.map((x) => `${(x * 100).toFixed(0)}%`).join(', ')}), `
      + `median ${(median(cpuRatios) * 100).toFixed(0)}% by CPU per request (rounds: ${cpuRatios.map((x) => `${(x * 100).toFixed(0)}%`).join(', ')})\n`);
  }
}

void main();
