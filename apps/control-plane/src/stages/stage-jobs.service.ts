import { Inject, Injectable } from '@nestjs/common';
import { DEPLOYMENT_PUBLISH_QUEUE, JOB_PRODUCER, type JobProducer } from '@tollgate/jobs';
import type { TenantScope } from '@tollgate/persistence';

/** Tells the worker a stage changed (publish) or is gone (unpublish). Payloads carry ids only. */
@Injectable()
export class StageJobsService {
  constructor(@Inject(JOB_PRODUCER) private readonly producer: JobProducer) {}

  /** `jobId` (the deployment id on CreateDeployment) makes a retried request enqueue once. */
  publish(scope: TenantScope, restApiId: string, stageName: string, jobId?: string): Promise<void> {
    return this.producer.enqueue(DEPLOYMENT_PUBLISH_QUEUE, 'publish-stage', { accountId: scope.accountId, restApiId, stageName }, { jobId });
  }

  unpublish(scope: TenantScope, restApiId: string, stageName: string): Promise<void> {
    return this.producer.enqueue(DEPLOYMENT_PUBLISH_QUEUE, 'unpublish-stage', { accountId: scope.accountId, restApiId, stageName });
  }
}
