import { Inject, Injectable } from '@nestjs/common';
import { PermanentJobError } from '../queue/permanent-job.error';
import type { QueueJob } from '../queue/queue-driver';
import { parseAccountPayload, parseApiKeyPayload, parseUsagePlanPayload } from './config-publish.payload';
import { LIMIT_CONFIG_SOURCE } from './limit-config.source';
import type { LimitConfigSource } from './limit-config.source';
import { LIMIT_RECORD_WRITER } from './limit-record.writer';
import type { LimitRecordWriter } from './limit-record.writer';

/**
 * config-publish queue. Jobs carry ids only: the current state is read from the source and written to
 * Redis, or the record is deleted when the key, plan or account is gone, so replays converge.
 */
@Injectable()
export class ConfigPublishProcessor {
  constructor(
    @Inject(LIMIT_CONFIG_SOURCE) private readonly source: LimitConfigSource,
    @Inject(LIMIT_RECORD_WRITER) private readonly writer: LimitRecordWriter,
  ) {}

  async process(job: QueueJob): Promise<void> {
    switch (job.name) {
      case 'publish-api-key': {
        const { accountId, keyId, valueSha256 } = parseApiKeyPayload(job.data);
        const key = await this.source.loadApiKey(accountId, keyId);
        return key ? this.writer.putApiKey(key.valueSha256, key.record) : this.writer.deleteApiKey(valueSha256, keyId);
      }
      case 'publish-usage-plan': {
        const { accountId, usagePlanId } = parseUsagePlanPayload(job.data);
        const plan = await this.source.loadUsagePlan(accountId, usagePlanId);
        return plan ? this.writer.putUsagePlan(plan) : this.writer.deleteUsagePlan(usagePlanId);
      }
      case 'publish-account': {
        const { accountId } = parseAccountPayload(job.data);
        const account = await this.source.loadAccount(accountId);
        return account ? this.writer.putAccount(account) : this.writer.deleteAccount(accountId);
      }
      default:
        throw new PermanentJobError(`config-publish: unknown job name "${job.name}"`);
    }
  }
}
