import { Inject, Injectable } from '@nestjs/common';
import type { BeforeApplicationShutdown } from '@nestjs/common';
import { DEPLOYMENT_PUBLISH_QUEUE } from '@tollgate/jobs';
import { DeploymentPublishProcessor } from '../deployment-publish/deployment-publish.processor';
import { QUEUE_DRIVER } from './queue-driver';
import type { QueueDriver } from './queue-driver';

/** Binds each queue to its processor; on shutdown lets running jobs finish before connections close. */
@Injectable()
export class QueueConsumersService implements BeforeApplicationShutdown {
  constructor(
    @Inject(QUEUE_DRIVER) private readonly driver: QueueDriver,
    private readonly deploymentPublish: DeploymentPublishProcessor,
  ) {}

  start(): void {
    this.driver.work(DEPLOYMENT_PUBLISH_QUEUE, (job) => this.deploymentPublish.process(job));
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.driver.close();
  }
}
