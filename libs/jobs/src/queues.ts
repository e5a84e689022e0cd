/** Queue names are kebab-case nouns; job names are verb-first. */
export const DEPLOYMENT_PUBLISH_QUEUE = 'deployment-publish';
export const CONFIG_PUBLISH_QUEUE = 'config-publish';
export const USAGE_FLUSH_QUEUE = 'usage-flush';

export type QueueName = typeof DEPLOYMENT_PUBLISH_QUEUE | typeof CONFIG_PUBLISH_QUEUE | typeof USAGE_FLUSH_QUEUE;
