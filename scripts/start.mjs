// `npm start`: one command from a fresh clone (after `npm ci`) to a running Tollgate.
// Makes sure Postgres and Redis answer (starting them with Docker or the local packages if needed),
// creates the database, migrates, then runs control plane, worker and data plane with one log stream.
// Node built-ins only (the database is created by scripts/start-database.mjs with the project's pg).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runApps } from './start-apps.mjs';
import { hostAndPort, isLocalHost, postgresAnswers, redisAnswers, waitUntil } from './services-probe.mjs';
import { dockerAnswers, startLocally, startWithDocker } from './services-start.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env };
env.DATABASE_URL ||= 'postgres://postgres@127.0.0.1:5432/tollgate';
env.REDIS_URL ||= 'redis://127.0.0.1:6379';
const colour = Boolean(process.stdout.isTTY) && !env.NO_COLOR;
if (!colour) env.NO_COLOR = '1'; // the apps' own log colours would be noise in a file or pipe

const say = (line) => console.log(`[start] ${line}`);
const fail = (message) => {
  console.error(`[start] ${message}`);
  process.exit(1);
};

async function ensureServices() {
  const services = [
    { name: 'postgres', url: env.DATABASE_URL, answers: () => postgresAnswers(env.DATABASE_URL), defaultPort: 5432 },
    { name: 'redis', url: env.REDIS_URL, answers: () => redisAnswers(env.REDIS_URL), defaultPort: 6379 },
  ];
  const down = [];
  for (const service of services) {
    const { host, port } = hostAndPort(service.url, service.defaultPort);
    if (await service.answers()) {
      say(`${service.name} answers at ${host}:${port}`);
    } else if (!isLocalHost(host)) {
      fail(`${service.name} does not answer at ${host}:${port} (${service.name === 'postgres' ? 'DATABASE_URL' : 'REDIS_URL'}); start it or fix the URL`);
    } else {
      say(`${service.name} does not answer at ${host}:${port}; starting it`);
      down.push(service);
    }
  }
  if (down.length === 0) return;
  const names = down.map((s) => s.name);
  if (dockerAnswers()) {
    say('a Docker engine answers: using docker compose');
    startWithDocker(names);
  } else if (!startLocally(names, { redisPort: hostAndPort(env.REDIS_URL, 6379).port })) {
    process.exit(1);
  }
  for (const service of down) {
    if (!(await waitUntil(service.answers, 60_000))) fail(`${service.name} was started but does not answer after 60 s`);
    say(`${service.name} is up`);
  }
}

function step(label, cmd, args) {
  say(label);
  const result = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) fail(`${label} failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`})`);
}

function banner() {
  const cp = env.CP_PORT || '4566';
  const https = env.DP_HTTPS_PORT || '4443';
  const http = env.DP_HTTP_PORT || '4567';
  const domain = env.DP_DOMAIN || 'localhost';
  console.log([
    '',
    'Tollgate is running.',
    `  control plane (API Gateway management API)  http://localhost:${cp}`,
    `  data plane                                  https://localhost:${https}   http://localhost:${http}`,
    '',
    '  Try it (default account: access key "test", secret "test"):',
    `    AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test aws apigateway --endpoint-url http://localhost:${cp} --region us-east-1 get-rest-apis`,
    '',
    '  Invoke a deployed stage:',
    `    https://{restApiId}.execute-api.{region}.${domain}:${https}/{stage}/{path}   (self-signed certificate: curl -k)`,
    `    http://127.0.0.1:${http}/restapis/{restApiId}/{stage}/_user_request_/{path}`,
    '',
    '  Ctrl-C stops everything.',
    '',
  ].join('\n'));
}

async function main() {
  if (!existsSync(join(root, 'node_modules'))) fail('node_modules is missing: run `npm ci` first');
  await ensureServices();
  step('creating the database if missing', process.execPath, [join(root, 'scripts/start-database.mjs'), env.DATABASE_URL]);
  step('running migrations (npm run migrate)', 'npm', ['run', '--silent', 'migrate']);

  const allApps = [
    { name: 'control-plane', entry: 'apps/control-plane/src/main.ts', ready: { port: Number(env.CP_PORT || 4566) } },
    { name: 'worker', entry: 'apps/worker/src/main.ts', ready: { line: /consuming queues/ } },
    { name: 'data-plane', entry: 'apps/data-plane/src/main.ts', ready: { port: Number(env.DP_HTTP_PORT || 4567) } },
  ];
  // TOLLGATE_APPS=control-plane,worker runs a subset (e.g. while debugging one app elsewhere).
  const only = env.TOLLGATE_APPS ? env.TOLLGATE_APPS.split(',').map((n) => n.trim()) : undefined;
  const unknown = only?.filter((n) => !allApps.some((a) => a.name === n)) ?? [];
  if (unknown.length > 0) fail(`TOLLGATE_APPS: unknown app(s) ${unknown.join(', ')} (known: ${allApps.map((a) => a.name).join(', ')})`);
  const apps = only ? allApps.filter((a) => only.includes(a.name)) : allApps;
  const absent = apps.filter((app) => !existsSync(join(root, app.entry)));
  if (absent.length > 0) fail(`missing entry point(s): ${absent.map((a) => a.entry).join(', ')}`);

  say(`starting ${apps.map((a) => a.name).join(', ')}`);
  const running = runApps(apps, { root, env, colour });
  let stopping = false;
  const shutdown = async (code, message) => {
    if (stopping) return;
    stopping = true;
    if (message) console.error(`[start] ${message}`);
    say('stopping the apps');
    await running.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    await running.ready;
  } catch (error) {
    return shutdown(1, error.message);
  }
  banner();
  const { name, code, signal } = await running.exited;
  await shutdown(1, `${name} exited (${code ?? signal}); stopping the others`);
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
