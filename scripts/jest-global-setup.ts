// Jest globalSetup for int/e2e: migrate DATABASE_URL (default: the local `test` database) once per run.
// Runs scripts/migrate.ts in a child process: jest's moduleNameMapper does not apply to globalSetup, and
// this way tests migrate exactly as `npm run migrate` does.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

function globalSetup(): void {
  const root = join(__dirname, '..');
  execFileSync(process.execPath, ['-r', join(root, 'scripts/register.cjs'), join(root, 'scripts/migrate.ts')], {
    cwd: root,
    env: process.env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export = globalSetup;
