import { Inject, Injectable } from '@nestjs/common';
import { CONFIG_PUBLISH_QUEUE, JOB_PRODUCER, type JobProducer } from '@tollgate/jobs';
import type { TenantScope } from '@tollgate/persistence';

/**
 * Tells the worker that a key, plan or account changed; it reads the current state from Postgres and
 * rewrites (or deletes) the Redis record, so a replayed or reordered job still converges.
 */
@Injectable()
export class ConfigJobsService {
  constructor(@Inject(JOB_PRODUCER) private readonly producer: JobProducer) {}

  publishApiKey(scope: TenantScope, keyId: string, valueSha256: string): Promise<void> {
    return this.producer.enqueue(CONFIG_PUBLISH_QUEUE, 'publish-api-key', { accountId: scope.accountId, keyId, valueSha256 });
  }

  async publishApiKeys(scope: TenantScope, keys: ReadonlyArray<{ id: string; valueSha256: string }>): Promise<void> {
    for (const key of keys) await this.publishApiKey(scope, key.id, key.valueSha256);
  }

  publishUsagePlan(scope: TenantScope, usagePlanId: string): Promise<void> {
    return this.producer.enqueue(CONFIG_PUBLISH_QUEUE, 'publish-usage-plan', { accountId: scope.accountId, usagePlanId });
  }

  publishAccount(accountId: string): Promise<void> {
    return this.producer.enqueue(CONFIG_PUBLISH_QUEUE, 'publish-account', { accountId });
  }
}
