import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { checkMigrationDrift, createDataSource, revertLastMigration, runMigrations } from './index';

const baseUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

/** A throwaway database per run, so migrating up and down never disturbs other tests on the shared one. */
async function withScratchDatabase(fn: (url: string) => Promise<void>): Promise<void> {
  const name = `tg_mig_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    await fn(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

async function tableNames(url: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY table_name`,
    );
    return rows.map((r) => r.table_name);
  } finally {
    await client.end();
  }
}

// Drift is checked on a fresh database, as CI does: the shared `test` database may carry migrations that
// were edited locally after being applied.
describe('migrations', () => {
  it('apply on an empty database, leave no drift, and revert fully with down', async () => {
    await withScratchDatabase(async (url) => {
      const applied = await runMigrations(url);
      expect(applied.length).toBeGreaterThan(0);
      expect(await runMigrations(url)).toEqual([]);

      const dataSource = createDataSource(url, { poolSize: 1 });
      await dataSource.initialize();
      try {
        expect(await checkMigrationDrift(dataSource)).toEqual([]);
        const [account] = await dataSource.query(`SELECT account_id FROM access_keys WHERE access_key_id = 'test'`);
        expect(account).toEqual({ account_id: '000000000000' });
      } finally {
        await dataSource.destroy();
      }

      for (let i = 0; i < applied.length; i++) await revertLastMigration(url);
      expect(await tableNames(url)).toEqual([]);
    });
  });
});
