import type { PublishAccountPayload, PublishApiKeyPayload, PublishUsagePlanPayload } from '@tollgate/jobs';
import { PermanentJobError } from '../queue/permanent-job.error';

/** Reads the id fields a config-publish job needs; a malformed payload is a job that can never succeed. */
function fields<F extends string>(jobName: string, data: unknown, names: readonly F[]): Record<F, string> {
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const invalid = names.filter((name) => typeof record[name] !== 'string' || record[name] === '');
  if (invalid.length > 0) throw new PermanentJobError(`${jobName}: payload field(s) ${invalid.join(', ')} must be non-empty strings`);
  return Object.fromEntries(names.map((name) => [name, record[name] as string])) as Record<F, string>;
}

export function parseApiKeyPayload(data: unknown): PublishApiKeyPayload {
  return fields('publish-api-key', data, ['accountId', 'keyId', 'valueSha256'] as const);
}

export function parseUsagePlanPayload(data: unknown): PublishUsagePlanPayload {
  return fields('publish-usage-plan', data, ['accountId', 'usagePlanId'] as const);
}

export function parseAccountPayload(data: unknown): PublishAccountPayload {
  return fields('publish-account', data, ['accountId'] as const);
}
