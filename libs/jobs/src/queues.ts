/** Queue names are kebab-case nouns; job names are verb-first. */
export const DEPLOYMENT_PUBLISH_QUEUE = 'deployment-publish';
export const CONFIG_PUBLISH_QUEUE = 'config-publish';
export const USAGE_FLUSH_QUEUE = 'usage-flush';
/** The worker's repeating Postgres -> Redis comparison (repairs what a lost job left stale). */
export const RECONCILE_QUEUE = 'reconcile';

export type QueueName = typeof DEPLOYMENT_PUBLISH_QUEUE | typeof CONFIG_PUBLISH_QUEUE | typeof USAGE_FLUSH_QUEUE | typeof RECONCILE_QUEUE;
