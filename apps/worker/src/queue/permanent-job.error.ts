/**
 * A job that can never succeed (bad payload, stage gone): drivers must not retry it.
 * Any other error is treated as transient and retried with backoff.
 */
export class PermanentJobError extends Error {
  override readonly name = 'PermanentJobError';
}
