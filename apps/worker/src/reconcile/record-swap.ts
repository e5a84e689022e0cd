import type { ChangeMessage, RedisKeys } from '@tollgate/model';
import type { Redis } from 'ioredis';

/**
 * Replaces (or deletes) a record only if it still holds the value the reconciler read, then notifies data
 * planes. A publish job that ran in between wrote the newer truth, so the reconciler must not overwrite it.
 * One key per call: Redis Cluster safe.
 *
 * KEYS[1] record; ARGV[1] '1' when a value was read ('0': the key was absent); ARGV[2] that value;
 * ARGV[3] '1' to set ARGV[4], '0' to delete; ARGV[5] channel; ARGV[6] change JSON. Returns 1 when changed.
 */
const SWAP_IF_UNCHANGED = `
local current = redis.call('GET', KEYS[1])
if ARGV[1] == '1' then
  if current ~= ARGV[2] then return 0 end
elseif current then
  return 0
end
if ARGV[3] == '1' then redis.call('SET', KEYS[1], ARGV[4]) else redis.call('DEL', KEYS[1]) end
redis.call('PUBLISH', ARGV[5], ARGV[6])
return 1
`;

export class RecordSwap {
  constructor(private readonly redis: Redis, private readonly keys: RedisKeys) {}

  /** `next` null deletes. False when the record changed since `observed` was read (nothing written). */
  async swap(key: string, observed: string | null, next: string | null, change: ChangeMessage): Promise<boolean> {
    const result = await this.redis.eval(
      SWAP_IF_UNCHANGED, 1, key,
      observed === null ? '0' : '1', observed ?? '', next === null ? '0' : '1', next ?? '',
      this.keys.changesChannel(), JSON.stringify(change),
    );
    return result === 1;
  }
}
