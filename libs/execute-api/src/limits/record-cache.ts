import type { StoreLogger } from '@tollgate/snapshot-store';

/** The one Redis call the cache needs; ioredis `Redis` and `Cluster` both fit. */
export interface RecordSource {
  get(key: string): Promise<string | null>;
}

export interface RecordCacheOptions<T> {
  redis: RecordSource;
  /** Record id -> Redis key (a RedisKeys builder). */
  keyOf(id: string): string;
  /** Shape check of the decoded JSON; throwing makes the record count as absent. */
  parse(value: unknown): T;
  /** Runs after a successful read and before the record becomes visible (e.g. load a key's plans). */
  prepare?(record: T): Promise<void>;
  /** How long an absent record is remembered; Infinity = until a change notification or reconnect. */
  missTtlMs: number;
  /** Bound on remembered misses, so random ids (e.g. guessed API keys) cannot grow memory. */
  maxMisses: number;
  now(): number;
  logger: StoreLogger;
  label: string;
}

/**
 * Memory cache of one kind of Redis record: a read on first use (shared by concurrent callers), a
 * negative entry for absent records, and a refresh when a change notification names an id we hold.
 * A failed refresh keeps the last good record (the data plane keeps serving if Redis goes away).
 */
export class RecordCache<T> {
  private readonly entries = new Map<string, T>();
  /** id -> epoch ms until which "absent" holds. */
  private readonly misses = new Map<string, number>();
  private readonly pending = new Map<string, Promise<T | null>>();
  /** Latest read per id (numbers never reused), so a slow older read never overwrites a newer one. */
  private readonly generations = new Map<string, number>();
  private sequence = 0;

  constructor(private readonly options: RecordCacheOptions<T>) {}

  /** Memory only: the record, null if known absent, undefined if never read (or the miss expired). */
  get(id: string): T | null | undefined {
    const hit = this.entries.get(id);
    if (hit !== undefined) return hit;
    const until = this.misses.get(id);
    if (until === undefined) return undefined;
    if (until > this.options.now()) return null;
    this.misses.delete(id);
    return undefined;
  }

  /** Reads Redis unless a read of this id is already running; rejects only when Redis cannot answer. */
  load(id: string): Promise<T | null> {
    return this.pending.get(id) ?? this.read(id);
  }

  /** A change notification named `id`: re-read it if we hold it (or remember it absent); otherwise nothing to do. */
  invalidate(id: string): void {
    if (this.entries.has(id) || this.misses.has(id)) this.read(id).catch(() => undefined);
  }

  /** After a reconnect notifications may have been missed: forget misses and re-read every record held. */
  reconcile(): void {
    this.misses.clear();
    for (const id of this.entries.keys()) this.read(id).catch(() => undefined);
  }

  get size(): number {
    return this.entries.size;
  }

  private read(id: string): Promise<T | null> {
    const generation = ++this.sequence;
    this.generations.set(id, generation);
    const reading = this.fetch(id, generation).finally(() => {
      if (this.pending.get(id) === reading) this.pending.delete(id);
      if (this.generations.get(id) === generation) this.generations.delete(id);
    });
    this.pending.set(id, reading);
    return reading;
  }

  private async fetch(id: string, generation: number): Promise<T | null> {
    const { options } = this;
    let raw: string | null;
    try {
      raw = await options.redis.get(options.keyOf(id));
    } catch (error) {
      options.logger.warn({ id, err: (error as Error).message }, `${options.label} read failed; keeping what is cached`);
      const held = this.entries.get(id);
      if (held !== undefined) return held;
      throw error;
    }
    const record = raw === null ? null : this.decode(id, raw);
    if (record !== null && options.prepare) await options.prepare(record);
    if (this.generations.get(id) !== generation) return this.get(id) ?? record;
    if (record === null) {
      this.entries.delete(id);
      this.remember(id);
    } else {
      this.entries.set(id, record);
      this.misses.delete(id);
    }
    return record;
  }

  private decode(id: string, raw: string): T | null {
    try {
      return this.options.parse(JSON.parse(raw));
    } catch (error) {
      this.options.logger.warn({ id, err: (error as Error).message }, `ignoring malformed ${this.options.label} record`);
      return null;
    }
  }

  private remember(id: string): void {
    const { maxMisses, missTtlMs, now } = this.options;
    if (this.misses.size >= maxMisses) this.misses.clear();
    this.misses.set(id, missTtlMs === Infinity ? Infinity : now() + missTtlMs);
  }
}
