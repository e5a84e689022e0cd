import type { PublishStagePayload } from '@tollgate/jobs';
import { PermanentJobError } from '../queue/permanent-job.error';

const FIELDS = ['accountId', 'restApiId', 'stageName'] as const;

/** publish-stage and unpublish-stage carry the same ids; anything else is a job that can never succeed. */
export function parseStageJobPayload(jobName: string, data: unknown): PublishStagePayload {
  if (typeof data !== 'object' || data === null) {
    throw new PermanentJobError(`${jobName}: payload must be an object with ${FIELDS.join(', ')}`);
  }
  const record = data as Record<string, unknown>;
  const invalid = FIELDS.filter((field) => typeof record[field] !== 'string' || record[field] === '');
  if (invalid.length > 0) {
    throw new PermanentJobError(`${jobName}: payload field(s) ${invalid.join(', ')} must be non-empty strings`);
  }
  return { accountId: record.accountId as string, restApiId: record.restApiId as string, stageName: record.stageName as string };
}
