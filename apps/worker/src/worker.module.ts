import { Module } from '@nestjs/common';
import type { DynamicModule, Provider } from '@nestjs/common';
import { RedisConnection } from './connections/redis-connection';
import { snapshotPublisherProvider } from './connections/snapshot-publisher.provider';
import { DeploymentPublishProcessor } from './deployment-publish/deployment-publish.processor';
import { BullQueueDriver } from './queue/bull-queue.driver';
import { QueueConsumersService } from './queue/queue-consumers.service';
import { QUEUE_DRIVER } from './queue/queue-driver';
import { StageRepublishService } from './republish/stage-republish.service';
import { PostgresStagePublicationSource } from './stage-publication/postgres-stage-publication.source';
import { STAGE_PUBLICATION_SOURCE } from './stage-publication/stage-publication.source';
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
    return {
      module: WorkerModule,
      providers: [
        { provide: WORKER_OPTIONS, useValue: options },
        RedisConnection, snapshotPublisherProvider, source, driver,
        DeploymentPublishProcessor, StageRepublishService, QueueConsumersService,
      ],
    };
  }
}
