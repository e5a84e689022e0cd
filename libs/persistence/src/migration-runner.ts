import type { DataSource } from 'typeorm';
import { createDataSource, type DataSourceOptions } from './data-source';

/** Arbitrary constant: serialises concurrent migration runs (parallel test runs, several deploy hosts). */
const MIGRATION_LOCK_KEY = 724_190_331;

/** Runs pending migrations under a Postgres advisory lock; returns the names it applied. */
export async function runMigrations(databaseUrl: string, options: DataSourceOptions = {}): Promise<string[]> {
  const dataSource = createDataSource(databaseUrl, { ...options, poolSize: 2, applicationName: 'tollgate-migrate' });
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await lock.release();
    await dataSource.destroy();
  }
}

/** Reverts the most recent migration (for checking `down`). */
export async function revertLastMigration(databaseUrl: string, options: DataSourceOptions = {}): Promise<void> {
  const dataSource = createDataSource(databaseUrl, { ...options, poolSize: 2, applicationName: 'tollgate-migrate' });
  await dataSource.initialize();
  try {
    await dataSource.undoLastMigration({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Entity/migration drift: the SQL the schema builder would run to make the database match the entities.
 * Empty after migrations means the migrations fully describe the entities.
 */
export async function checkMigrationDrift(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((q) => q.query);
}
