import type { FactoryProvider } from '@nestjs/common';
import { Redis } from 'ioredis';
import type { ControlPlaneConfig } from '../config/control-plane.config';
import { CONTROL_PLANE_CONFIG } from '../config/control-plane-config.token';

/** The Redis connection cache flushes use (lazy: nothing connects until the first flush). */
export const STAGE_CACHE_REDIS = Symbol('STAGE_CACHE_REDIS');

export const stageCacheRedisProvider: FactoryProvider<Redis> = {
  provide: STAGE_CACHE_REDIS,
  useFactory: (config: ControlPlaneConfig) => new Redis(config.redis.url, { lazyConnect: true, maxRetriesPerRequest: 2 }),
  inject: [CONTROL_PLANE_CONFIG],
};
