import { createHash } from 'node:crypto';
import type { RedisClient } from '@tollgate/metering';

/** Runs one Lua script by its SHA1 (EVALSHA), sending the body only when the server does not have it. */
export interface ScriptRunner {
  readonly sha: string;
  run(numKeys: number, keysAndArgs: ReadonlyArray<string | number>): Promise<unknown>;
}

export function createScriptRunner(redis: RedisClient, source: string): ScriptRunner {
  const sha = createHash('sha1').update(source).digest('hex');
  return {
    sha,
    async run(numKeys, keysAndArgs) {
      try {
        return await redis.evalsha(sha, numKeys, ...keysAndArgs);
      } catch (error) {
        if (!isNoScript(error)) throw error;
        // First call on this server, or its script cache was emptied (SCRIPT FLUSH, restart, failover):
        // EVAL runs the body and caches it, so the next EVALSHA succeeds again.
        return redis.eval(source, numKeys, ...keysAndArgs);
      }
    },
  };
}

function isNoScript(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith('NOSCRIPT');
}
