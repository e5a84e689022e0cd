import { Inject, Injectable } from '@nestjs/common';
import type { OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { createDataSource, listStages, loadStagePublication } from '@tollgate/persistence';
import type { StagePublication } from '@tollgate/snapshot-publisher';
import type { DataSource } from 'typeorm';
import { WORKER_OPTIONS } from '../worker-options';
import type { StartWorkerOptions } from '../worker-options';
import type { StageIdentity, StagePublicationSource } from './stage-publication.source';

/** Reads stages from Postgres (the source of truth) through the persistence lib. */
@Injectable()
export class PostgresStagePublicationSource implements StagePublicationSource, OnModuleInit, OnApplicationShutdown {
  private readonly dataSource: DataSource;

  constructor(@Inject(WORKER_OPTIONS) options: StartWorkerOptions) {
    this.dataSource = createDataSource(options.databaseUrl, { applicationName: 'tollgate-worker', poolSize: 4 });
  }

  async onModuleInit(): Promise<void> {
    await this.dataSource.initialize();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }

  load(stage: StageIdentity): Promise<StagePublication | null> {
    return loadStagePublication(this.dataSource, stage);
  }

  async list(): Promise<StageIdentity[]> {
    const stages: StageIdentity[] = [];
    // listStages may return an array or an async iterable; both iterate the same way.
    for await (const { accountId, restApiId, stageName } of await listStages(this.dataSource)) stages.push({ accountId, restApiId, stageName });
    return stages;
  }
}
