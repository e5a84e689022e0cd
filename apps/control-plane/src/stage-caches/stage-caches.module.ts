import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { StageRepository } from '@tollgate/persistence';
import type { Redis } from 'ioredis';
import { repositoryProvider as repository } from '../database/repository.provider';
import { STAGE_CACHE_REDIS, stageCacheRedisProvider } from './stage-cache-redis.provider';
import { StageCachesController } from './stage-caches.controller';
import { StageCachesService } from './stage-caches.service';

@Module({
  controllers: [StageCachesController],
  providers: [repository(StageRepository), stageCacheRedisProvider, StageCachesService],
})
export class StageCachesModule implements OnApplicationShutdown {
  constructor(@Inject(STAGE_CACHE_REDIS) private readonly redis: Redis) {}

  /** `disconnect` (not `quit`): a lazy connection that never opened has nothing to say goodbye to. */
  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
