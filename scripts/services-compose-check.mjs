// `node scripts/services-compose-check.mjs`: static checks of docker-compose.yml and the Dockerfile, for
// machines without a Docker engine (CI runs it). Exits 1 listing every problem.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const problems = [];
const check = (ok, message) => { if (!ok) problems.push(message); };

const doc = parseDocument(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true, prettyErrors: true });
for (const error of [...doc.errors, ...doc.warnings]) problems.push(`YAML: ${error.message}`);
const compose = doc.toJS({ maxAliasCount: 100 }) ?? {};
const services = compose.services ?? {};

const expected = ['postgres', 'redis', 'migrate', 'control-plane', 'worker', 'data-plane'];
for (const name of expected) check(services[name], `service ${name} is missing`);
check(String(services.postgres?.image).startsWith('postgres:16'), 'postgres must use the postgres:16 image');
check(String(services.redis?.image).startsWith('redis:7'), 'redis must use the redis:7 image');

const entries = { migrate: 'scripts/migrate.ts', 'control-plane': 'apps/control-plane/src/main.ts', worker: 'apps/worker/src/main.ts', 'data-plane': 'apps/data-plane/src/main.ts' };
for (const [name, entry] of Object.entries(entries)) {
  const service = services[name] ?? {};
  check(service.build === '.' || service.build?.context === '.', `${name} must be built from the repository's Dockerfile`);
  check(JSON.stringify(service.command) === JSON.stringify(['node', '-r', './scripts/register.cjs', entry]), `${name} must run ${entry} with the register hook`);
  // Entry points are written by their owners; report a missing one without failing the file's shape.
  if (!existsSync(join(root, entry))) console.warn(`note: ${entry} does not exist yet`);
  check(name === 'migrate' || service.environment?.DATABASE_URL?.includes('@postgres:'), `${name} must reach Postgres at the postgres service`);
}
for (const [name, service] of Object.entries(services)) {
  const deps = Array.isArray(service.depends_on) ? service.depends_on : Object.keys(service.depends_on ?? {});
  for (const dep of deps) check(services[dep], `${name} depends on unknown service ${dep}`);
  for (const volume of service.volumes ?? []) {
    const source = String(volume).split(':')[0];
    if (!source.startsWith('.') && !source.startsWith('/')) check(compose.volumes && source in compose.volumes, `${name} uses undeclared volume ${source}`);
  }
}
const published = Object.values(services).flatMap((s) => (s.ports ?? []).map((p) => String(p).split(':')[0]));
for (const port of ['4566', '4443', '4567']) check(published.includes(port), `port ${port} is not published`);

const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
check(/^FROM node:20-slim$/m.test(dockerfile), 'Dockerfile must start FROM node:20-slim');
check(/RUN npm ci\b/.test(dockerfile), 'Dockerfile must install with npm ci');
check(existsSync(join(root, '.dockerignore')) && /^node_modules$/m.test(readFileSync(join(root, '.dockerignore'), 'utf8')), '.dockerignore must exclude node_modules');

if (problems.length > 0) {
  console.error(`docker-compose.yml / Dockerfile:\n  - ${problems.join('\n  - ')}`);
  process.exit(1);
}
console.log(`docker-compose.yml: ${Object.keys(services).length} services OK; Dockerfile OK`);
