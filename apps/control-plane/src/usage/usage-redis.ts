import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { type RedisKeys, redisKeys } from '@tollgate/model';
import { Redis } from 'ioredis';
import type { ControlPlaneConfig } from '../config/control-plane.config';
import { CONTROL_PLANE_CONFIG } from '../config/control-plane-config.token';

/** The control plane's Redis client for live usage counters and quota adjustments (not for publishing). */
@Injectable()
export class UsageRedis implements OnApplicationShutdown {
  readonly client: Redis;
  readonly keys: RedisKeys;

  constructor(@Inject(CONTROL_PLANE_CONFIG) config: ControlPlaneConfig) {
    // Fail fast instead of queueing commands while Redis is away: the caller gets a 5xx, not a hang.
    this.client = new Redis(config.redis.url, { maxRetriesPerRequest: 1, enableOfflineQueue: true, lazyConnect: true });
    this.keys = redisKeys(config.redis.keyPrefix);
  }

  async onApplicationShutdown(): Promise<void> {
    // A lazy client that never connected has nothing to flush; quit() would connect just to say goodbye.
    if (this.client.status === 'wait') this.client.disconnect();
    else if (this.client.status !== 'end') await this.client.quit().catch(() => this.client.disconnect());
  }
}
