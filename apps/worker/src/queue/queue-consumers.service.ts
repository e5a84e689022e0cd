import { Inject, Injectable } from '@nestjs/common';
import type { BeforeApplicationShutdown } from '@nestjs/common';
import { CONFIG_PUBLISH_QUEUE, DEPLOYMENT_PUBLISH_QUEUE, USAGE_FLUSH_QUEUE } from '@tollgate/jobs';
import { ConfigPublishProcessor } from '../config-publish/config-publish.processor';
import { DeploymentPublishProcessor } from '../deployment-publish/deployment-publish.processor';
import { UsageFlushProcessor } from '../usage-flush/usage-flush.processor';
import { QUEUE_DRIVER } from './queue-driver';
import type { QueueDriver } from './queue-driver';

/** Binds each queue to its processor; on shutdown lets running jobs finish before connections close. */
@Injectable()
export class QueueConsumersService implements BeforeApplicationShutdown {
  constructor(
    @Inject(QUEUE_DRIVER) private readonly driver: QueueDriver,
    private readonly deploymentPublish: DeploymentPublishProcessor,
    private readonly configPublish: ConfigPublishProcessor,
    private readonly usageFlush: UsageFlushProcessor,
  ) {}

  start(): void {
    this.driver.work(DEPLOYMENT_PUBLISH_QUEUE, (job) => this.deploymentPublish.process(job));
    this.driver.work(CONFIG_PUBLISH_QUEUE, (job) => this.configPublish.process(job));
    this.driver.work(USAGE_FLUSH_QUEUE, (job) => this.usageFlush.process(job));
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.driver.close();
  }
}
