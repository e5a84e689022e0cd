import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createDataSource } from '@tollgate/persistence';
import type { DataSource } from 'typeorm';
import { WORKER_OPTIONS } from '../worker-options';
import type { StartWorkerOptions } from '../worker-options';

/** Postgres for config-publish and usage-flush, connected on first use (tests without them never connect). */
@Injectable()
export class WorkerDatabase implements OnApplicationShutdown {
  private readonly dataSource: DataSource;
  private ready: Promise<DataSource> | undefined;

  constructor(@Inject(WORKER_OPTIONS) options: StartWorkerOptions) {
    this.dataSource = createDataSource(options.databaseUrl, { applicationName: 'tollgate-worker-limits', poolSize: 3 });
  }

  get(): Promise<DataSource> {
    this.ready ??= this.dataSource.initialize().catch((error: unknown) => {
      // Let the next job try again (the database may come back).
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.ready) await this.ready.catch(() => undefined);
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
