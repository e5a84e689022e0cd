import type { Provider } from '@nestjs/common';
import { redisKeys } from '@tollgate/model';
import { createSnapshotPublisher } from '@tollgate/snapshot-publisher';
import { WORKER_OPTIONS } from '../worker-options';
import type { StartWorkerOptions } from '../worker-options';
import { RedisConnection } from './redis-connection';

export const SNAPSHOT_PUBLISHER = Symbol('SnapshotPublisher');

export const snapshotPublisherProvider: Provider = {
  provide: SNAPSHOT_PUBLISHER,
  inject: [RedisConnection, WORKER_OPTIONS],
  useFactory: (redis: RedisConnection, options: StartWorkerOptions) => createSnapshotPublisher(redis.client, redisKeys(options.keyPrefix)),
};
