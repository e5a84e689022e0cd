import { createHash } from 'node:crypto';

/**
 * sha256 (hex) of API key values, remembered per value: records are keyed by the hash, and hashing on
 * every request cost ~1 µs of the metered route's budget. Bounded: past `max` distinct values (e.g. a
 * client guessing keys) the memo starts over, so memory stays flat. Values live only in this process's
 * memory, as they already do while a request carries them; Redis still sees hashes only.
 */
export class ApiKeyHashes {
  private readonly memo = new Map<string, string>();

  constructor(private readonly max = 10_000) {}

  of(value: string): string {
    let hash = this.memo.get(value);
    if (hash === undefined) {
      hash = createHash('sha256').update(value).digest('hex');
      if (this.memo.size >= this.max) this.memo.clear();
      this.memo.set(value, hash);
    }
    return hash;
  }
}
