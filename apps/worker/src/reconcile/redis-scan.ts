import type { Redis } from 'ioredis';

/** SCAN hints per round trip: bounded work for Redis, however many keys it holds. */
export const SCAN_COUNT = 1000;

/** Every key matching `pattern`, a batch per SCAN round trip (a key may repeat across batches: SCAN's rule). */
export async function* scanKeys(redis: Redis, pattern: string): AsyncGenerator<string[]> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', SCAN_COUNT);
    cursor = next;
    if (keys.length > 0) yield keys;
  } while (cursor !== '0');
}
