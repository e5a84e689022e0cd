import type { Redis } from 'ioredis';

/** Keys per SCAN step; UNLINK frees memory off the main thread, so large caches do not block Redis. */
const SCAN_COUNT = 500;

/** Deletes every key matching `pattern` with SCAN + UNLINK (never KEYS); returns how many were removed. */
export async function unlinkMatching(redis: Redis, pattern: string): Promise<number> {
  let cursor = '0';
  let removed = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', SCAN_COUNT);
    cursor = next;
    if (keys.length > 0) removed += await redis.unlink(...keys);
  } while (cursor !== '0');
  return removed;
}
