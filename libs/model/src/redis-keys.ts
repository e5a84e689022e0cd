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
  /** SCAN MATCH patterns for every stage record / API key record / usage plan record / account record (the worker's reconciler). */
  stagePattern(): string;
  apiKeyPattern(): string;
  planPattern(): string;
  accountPattern(): string;
  // Limits and metering. Every key below carries the hash tag `{a:<accountId>}`: one Lua call touches the
  // account bucket and the caller's own buckets, quota and usage together, so on Redis Cluster they must
  // share a slot, and the account is the narrowest scope all of them have in common.
  /** Token bucket (string `tokens:stampMs`) shared by every request of the account: AWS's account-level throttle. */
  accountBucket(accountId: string): string;
  /** Token bucket for a whole stage (`*\/*` method settings); `apiStage` is `{restApiId}:{stageName}`. */
  stageBucket(accountId: string, apiStage: string): string;
  /** Token bucket for one method of a stage; `methodKey` is `{resourcePath}/{HTTP_METHOD}`. */
  stageMethodBucket(accountId: string, apiStage: string, methodKey: string): string;
  /** Token bucket for one API key in one usage plan (the plan's own throttle). */
  clientBucket(accountId: string, planId: string, keyId: string): string;
  /** Token bucket for one API key on one method (the plan's apiStages throttle). */
  clientMethodBucket(accountId: string, planId: string, keyId: string, apiStage: string, methodKey: string): string;
  /** Requests used in one quota window (string integer); `windowId` comes from metering's period math. */
  quotaCounter(accountId: string, planId: string, keyId: string, windowId: string): string;
  /** Usage of one plan on one UTC day (hash: `{keyId}|{apiStage}` -> count); `day` is `YYYY-MM-DD`. */
  usageDay(accountId: string, planId: string, day: string): string;
  /** One stage-cache entry (FlushStageCache deletes them all); `entryKey` is the data plane's own cache key. */
  stageCacheEntry(restApiId: string, stageName: string, entryKey: string): string;
  /** SCAN MATCH pattern for every stage-cache entry of one stage. */
  stageCachePattern(restApiId: string, stageName: string): string;
  /** One cached authorizer result; `identityHash` is sha256 of the identity-source values. */
  authorizerCacheEntry(restApiId: string, stageName: string, authorizerId: string, identityHash: string): string;
  /** SCAN MATCH pattern for every cached authorizer result of one stage (FlushStageAuthorizersCache). */
  authorizerCachePattern(restApiId: string, stageName: string): string;
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
    stagePattern: () => `${escapeGlob(`${prefix}stage:`)}*`,
    apiKeyPattern: () => `${escapeGlob(`${prefix}apikey:`)}*`,
    planPattern: () => `${escapeGlob(`${prefix}plan:`)}*`,
    accountPattern: () => `${escapeGlob(`${prefix}account:`)}*`,
    accountBucket: (accountId: string) => `${prefix}{a:${accountId}}:tb:account`,
    stageBucket: (accountId: string, apiStage: string) => `${prefix}{a:${accountId}}:tb:stage:${apiStage}`,
    stageMethodBucket: (accountId: string, apiStage: string, methodKey: string) =>
      `${prefix}{a:${accountId}}:tb:stage-method:${apiStage}:${methodKey}`,
    clientBucket: (accountId: string, planId: string, keyId: string) => `${prefix}{a:${accountId}}:tb:client:${planId}:${keyId}`,
    clientMethodBucket: (accountId: string, planId: string, keyId: string, apiStage: string, methodKey: string) =>
      `${prefix}{a:${accountId}}:tb:client-method:${planId}:${keyId}:${apiStage}:${methodKey}`,
    quotaCounter: (accountId: string, planId: string, keyId: string, windowId: string) =>
      `${prefix}{a:${accountId}}:quota:${planId}:${keyId}:${windowId}`,
    usageDay: (accountId: string, planId: string, day: string) => `${prefix}{a:${accountId}}:usage:${planId}:${day}`,
    stageCacheEntry: (restApiId: string, stageName: string, entryKey: string) => `${prefix}cache:${restApiId}:${stageName}:${entryKey}`,
    stageCachePattern: (restApiId: string, stageName: string) => `${escapeGlob(`${prefix}cache:${restApiId}:${stageName}:`)}*`,
    authorizerCacheEntry: (restApiId: string, stageName: string, authorizerId: string, identityHash: string) =>
      `${prefix}authz:${restApiId}:${stageName}:${authorizerId}:${identityHash}`,
    authorizerCachePattern: (restApiId: string, stageName: string) => `${escapeGlob(`${prefix}authz:${restApiId}:${stageName}:`)}*`,
  });
}

/** Escapes Redis glob metacharacters so a literal key part cannot widen a SCAN MATCH pattern. */
function escapeGlob(literal: string): string {
  return literal.replace(/[\\*?[\]]/g, '\\$&');
}

export type ChangeKind = 'stage' | 'apikey' | 'plan' | 'account';

/** Published on the changes channel after a record is written; `id` is the record's key suffix. */
export interface ChangeMessage {
  kind: ChangeKind;
  /** stage: `{restApiId}:{stageName}`; apikey: sha256 of the value; plan: plan id; account: account id. */
  id: string;
}
