// Starts Postgres and Redis for `npm start`: Docker Compose when an engine answers, else the local
// postgresql / redis-server packages (installed with apt-get when running as root). Built-ins only.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const say = (line) => console.log(`[start] ${line}`);

const succeeds = (cmd, args) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const onPath = (bin) => succeeds('sh', ['-c', `command -v ${bin}`]);
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function run(cmd, args, env = process.env) {
  say(`$ ${[cmd, ...args].map((a) => (a === '' || /\s/.test(a) ? JSON.stringify(a) : a)).join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`})`);
}

export function dockerAnswers() {
  return onPath('docker') && succeeds('docker', ['info']);
}

/** `services` is a subset of ['postgres', 'redis']. */
export function startWithDocker(services) {
  run('docker', ['compose', 'up', '-d', ...services]);
}

const PACKAGES = { postgres: 'postgresql', redis: 'redis-server' };
const BINARIES = { postgres: 'pg_ctlcluster', redis: 'redis-server' };

/** What to tell a user who must install the services themselves. */
export function installAdvice(services) {
  const pkgs = services.map((s) => PACKAGES[s]).join(' ');
  return [
    `Install and start ${services.join(' and ')}, then run npm start again. For example:`,
    `  Debian/Ubuntu: sudo apt-get install -y ${pkgs}`,
    `  macOS:         brew install ${services.map((s) => (s === 'postgres' ? 'postgresql@16' : 'redis')).join(' ')}`,
    '  Docker:        docker compose up -d postgres redis',
    'Or point DATABASE_URL / REDIS_URL at servers that are already running.',
  ].join('\n');
}

/**
 * Installs what is missing (root + apt only), then starts the local services (Redis on `redisPort`).
 * Returns false, after printing what to do, when that is not possible.
 */
export function startLocally(services, { redisPort = 6379 } = {}) {
  const missing = services.filter((s) => !onPath(BINARIES[s]));
  if (missing.length > 0) {
    if (!isRoot() || !onPath('apt-get')) {
      console.error(`[start] ${missing.join(' and ')} not installed and no Docker engine answers.\n${installAdvice(missing)}`);
      return false;
    }
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update'], env);
    run('apt-get', ['install', '-y', '--no-install-recommends', ...missing.map((s) => PACKAGES[s])], env);
    if (missing.includes('postgres')) trustLocalConnections();
  }
  if (services.includes('postgres')) {
    const args = ['--skip-systemctl-redirect', postgresVersion(), 'main', 'start'];
    if (!isRoot()) {
      console.error(`[start] Postgres is installed but not running; start it with:\n  sudo pg_ctlcluster ${args.join(' ')}`);
      return false;
    }
    run('pg_ctlcluster', args);
  }
  if (services.includes('redis')) {
    run('redis-server', ['--daemonize', 'yes', '--bind', '127.0.0.1', '--port', String(redisPort), '--save', '', '--appendonly', 'no']);
  }
  return true;
}

/** The newest installed cluster version under /etc/postgresql. */
export function postgresVersion() {
  const versions = existsSync('/etc/postgresql') ? readdirSync('/etc/postgresql').filter((v) => /^\d+$/.test(v)) : [];
  if (versions.length === 0) throw new Error('no Postgres cluster found under /etc/postgresql');
  return versions.sort((a, b) => Number(b) - Number(a))[0];
}

/**
 * A fresh apt install asks for a password on 127.0.0.1, but the local default URL has none: trust
 * loopback connections, as the Docker setup does. Only done right after we installed it ourselves.
 */
function trustLocalConnections() {
  const file = `/etc/postgresql/${postgresVersion()}/main/pg_hba.conf`;
  const current = readFileSync(file, 'utf8');
  if (current.includes('# tollgate: trust loopback')) return;
  say(`trusting loopback connections in ${file}`);
  writeFileSync(file, `# tollgate: trust loopback\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n${current}`);
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', postgresVersion(), 'main', 'reload'], { stdio: 'ignore' });
}
