import { join, resolve } from 'node:path';
import { DataSource, type LoggerOptions } from 'typeorm';
import { PERSISTENCE_ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** The repository's `migrations/` folder, resolved from this file so scripts, jest and apps agree. */
export const MIGRATIONS_DIR = resolve(__dirname, '../../../migrations');

export interface DataSourceOptions {
  logging?: LoggerOptions;
  /** Max pooled connections (default 10). */
  poolSize?: number;
  /** Shows up in pg_stat_activity. */
  applicationName?: string;
  migrationsDir?: string;
}

/**
 * The one DataSource. Schema changes only ever come from migrations: no synchronize, and migrations run
 * as an explicit step (`npm run migrate`), never at app boot. Returned uninitialized.
 */
export function createDataSource(databaseUrl: string, options: DataSourceOptions = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url: databaseUrl,
    entities: PERSISTENCE_ENTITIES,
    migrations: [join(options.migrationsDir ?? MIGRATIONS_DIR, '[0-9]*-*.{ts,js}')],
    migrationsTableName: 'migrations',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logging: options.logging ?? false,
    poolSize: options.poolSize ?? 10,
    applicationName: options.applicationName ?? 'tollgate',
  });
}
