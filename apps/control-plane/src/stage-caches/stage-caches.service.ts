import { Inject, Injectable } from '@nestjs/common';
import { redisKeys, type RedisKeys } from '@tollgate/model';
import { RestApiRepository, StageRepository, type TenantScope } from '@tollgate/persistence';
import type { Redis } from 'ioredis';
import type { ControlPlaneConfig } from '../config/control-plane.config';
import { CONTROL_PLANE_CONFIG } from '../config/control-plane-config.token';
import { unlinkMatching } from './redis-key-sweeper';
import { STAGE_CACHE_REDIS } from './stage-cache-redis.provider';
import { StageCachesError, StageCachesErrorCode as Code } from './stage-caches.error';
import { invalidRestApiMessage } from '../common/aws-messages';

/** FlushStageCache and FlushStageAuthorizersCache: drop the stage's cached entries from Redis. */
@Injectable()
export class StageCachesService {
  private readonly keys: RedisKeys;

  constructor(
    private readonly restApis: RestApiRepository,
    private readonly stages: StageRepository,
    @Inject(STAGE_CACHE_REDIS) private readonly redis: Redis,
    @Inject(CONTROL_PLANE_CONFIG) config: ControlPlaneConfig,
  ) {
    this.keys = redisKeys(config.redis.keyPrefix);
  }

  async flushStageCache(scope: TenantScope, restApiId: string, stageName: string): Promise<void> {
    await this.requireStage(scope, restApiId, stageName);
    await unlinkMatching(this.redis, this.keys.stageCachePattern(restApiId, stageName));
  }

  async flushAuthorizersCache(scope: TenantScope, restApiId: string, stageName: string): Promise<void> {
    await this.requireStage(scope, restApiId, stageName);
    await unlinkMatching(this.redis, this.keys.authorizerCachePattern(restApiId, stageName));
  }

  private async requireStage(scope: TenantScope, restApiId: string, stageName: string): Promise<void> {
    if (await this.stages.find(scope, restApiId, stageName)) return;
    if (!(await this.restApis.exists(scope, restApiId))) throw new StageCachesError(Code.RestApiNotFound, invalidRestApiMessage(scope.accountId, restApiId));
    throw new StageCachesError(Code.StageNotFound, 'Invalid Stage identifier specified');
  }
}
