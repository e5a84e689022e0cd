/**
 * Every Redis key the planes share comes from here. The prefix carries the layout version, and tests
 * pass their own prefix so they never collide with each other or with a running system.
 */
export const DEFAULT_KEY_PREFIX = 'tg:1:';

export interface RedisKeys {
  readonly prefix: string;
  snapshot(deploymentId: string): string;
  stage(restApiId: string, stageName: string): string;
  apiKey(valueSha256: string): string;
  plan(planId: string): string;
  account(accountId: string): string;
  /** Pub/sub channel carrying ChangeMessage JSON. */
  changesChannel(): string;
}

export function redisKeys(prefix: string = DEFAULT_KEY_PREFIX): RedisKeys {
  return Object.freeze({
    prefix,
    snapshot: (deploymentId: string) => `${prefix}snapshot:${deploymentId}`,
    stage: (restApiId: string, stageName: string) => `${prefix}stage:${restApiId}:${stageName}`,
    apiKey: (valueSha256: string) => `${prefix}apikey:${valueSha256}`,
    plan: (planId: string) => `${prefix}plan:${planId}`,
    account: (accountId: string) => `${prefix}account:${accountId}`,
    changesChannel: () => `${prefix}changes`,
  });
}

export type ChangeKind = 'stage' | 'apikey' | 'plan' | 'account';

/** Published on the changes channel after a record is written; `id` is the record's key suffix. */
export interface ChangeMessage {
  kind: ChangeKind;
  /** stage: `{restApiId}:{stageName}`; apikey: sha256 of the value; plan: plan id; account: account id. */
  id: string;
}
