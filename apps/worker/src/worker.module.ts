import { Module } from '@nestjs/common';
import type { DynamicModule, Provider } from '@nestjs/common';
import { redisKeys } from '@tollgate/model';
import { ConfigPublishProcessor } from './config-publish/config-publish.processor';
import { LIMIT_CONFIG_SOURCE } from './config-publish/limit-config.source';
import { LIMIT_RECORD_WRITER, LimitRecordWriter } from './config-publish/limit-record.writer';
import { LimitRepublishService } from './config-publish/limit-republish.service';
import { PostgresLimitConfigSource } from './config-publish/postgres-limit-config.source';
import { WorkerDatabase } from './config-publish/worker-database';
import { RedisConnection } from './connections/redis-connection';
import { snapshotPublisherProvider } from './connections/snapshot-publisher.provider';
import { DeploymentPublishProcessor } from './deployment-publish/deployment-publish.processor';
import { BullQueueDriver } from './queue/bull-queue.driver';
import { QueueConsumersService } from './queue/queue-consumers.service';
import { QUEUE_DRIVER } from './queue/queue-driver';
import { LimitReconcileService } from './reconcile/limit-reconcile.service';
import { ReconcileProcessor } from './reconcile/reconcile.processor';
import { ReconcileScheduler } from './reconcile/reconcile.scheduler';
import { ReconcileService } from './reconcile/reconcile.service';
import { StageReconcileService } from './reconcile/stage-reconcile.service';
import { StageStateReader } from './reconcile/stage-state.reader';
import { StageRepublishService } from './republish/stage-republish.service';
import { PostgresStagePublicationSource } from './stage-publication/postgres-stage-publication.source';
import { STAGE_PUBLICATION_SOURCE } from './stage-publication/stage-publication.source';
import { UsageFlushProcessor } from './usage-flush/usage-flush.processor';
import { UsageFlushScheduler } from './usage-flush/usage-flush.scheduler';
import { UsageFlushService } from './usage-flush/usage-flush.service';
import { DEFAULT_CONCURRENCY, WORKER_OPTIONS } from './worker-options';
import type { StartWorkerOptions } from './worker-options';

@Module({})
export class WorkerModule {
  static register(options: StartWorkerOptions): DynamicModule {
    const source: Provider = options.source
      ? { provide: STAGE_PUBLICATION_SOURCE, useValue: options.source }
      : { provide: STAGE_PUBLICATION_SOURCE, useClass: PostgresStagePublicationSource };
    const driver: Provider = {
      provide: QUEUE_DRIVER,
      useValue: options.queueDriver ?? new BullQueueDriver({
        redisUrl: options.redisUrl, prefix: options.queuePrefix, concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
      }),
    };
    const limitSource: Provider = options.limitSource
      ? { provide: LIMIT_CONFIG_SOURCE, useValue: options.limitSource }
      : { provide: LIMIT_CONFIG_SOURCE, useClass: PostgresLimitConfigSource };
    const limitWriter: Provider = {
      provide: LIMIT_RECORD_WRITER,
      inject: [RedisConnection],
      useFactory: (redis: RedisConnection) => new LimitRecordWriter(redis.client, redisKeys(options.keyPrefix)),
    };
    return {
      module: WorkerModule,
      providers: [
        { provide: WORKER_OPTIONS, useValue: options },
        RedisConnection, snapshotPublisherProvider, source, driver,
        DeploymentPublishProcessor, StageRepublishService, QueueConsumersService,
        WorkerDatabase, limitSource, limitWriter, ConfigPublishProcessor, LimitRepublishService,
        UsageFlushService, UsageFlushProcessor, UsageFlushScheduler,
        StageStateReader, StageReconcileService, LimitReconcileService, ReconcileService, ReconcileProcessor, ReconcileScheduler,
      ],
    };
  }
}
