// `npm run migrate`: applies pending migrations to DATABASE_URL (explicit step; apps never migrate at boot).
import { runMigrations } from '@tollgate/persistence';

const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const applied = await runMigrations(url);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'no pending migrations');
}

main().catch((error: unknown) => {
  console.error('migration failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
