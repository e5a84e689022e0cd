import { Inject, Injectable } from '@nestjs/common';
import type { OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { WORKER_OPTIONS } from '../worker-options';
import type { StartWorkerOptions } from '../worker-options';

/** The worker's one Redis client for publishing; closed after the queues have drained. */
@Injectable()
export class RedisConnection implements OnApplicationShutdown {
  readonly client: Redis;

  constructor(@Inject(WORKER_OPTIONS) options: StartWorkerOptions) {
    this.client = new Redis(options.redisUrl);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.quit();
  }
}
