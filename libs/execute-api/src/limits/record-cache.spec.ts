import { RecordCache, type RecordCacheOptions, type RecordSource } from './record-cache';

interface Thing {
  id: string;
  version: number;
}

/** A scripted key/value source: each get() is recorded and answered when the test releases it. */
class ScriptedSource implements RecordSource {
  readonly values = new Map<string, string>();
  readonly reads: string[] = [];
  private readonly waiting: Array<() => void> = [];
  manual = false;
  failing = false;

  get(key: string): Promise<string | null> {
    this.reads.push(key);
    const answer = (): Promise<string | null> => (this.failing ? Promise.reject(new Error('ECONNREFUSED')) : Promise.resolve(this.values.get(key) ?? null));
    if (!this.manual) return answer();
    return new Promise((resolve, reject) => this.waiting.push(() => answer().then(resolve, reject)));
  }

  /** Answers the oldest waiting read with the value stored now. */
  releaseOldest(): void {
    this.waiting.shift()?.();
  }

  releaseNewest(): void {
    this.waiting.pop()?.();
  }
}

function setup(overrides: Partial<RecordCacheOptions<Thing>> = {}) {
  const source = new ScriptedSource();
  let now = 1_000;
  const warnings: string[] = [];
  const cache = new RecordCache<Thing>({
    redis: source,
    keyOf: (id) => `k:${id}`,
    parse: (value) => {
      const thing = value as Thing;
      if (typeof thing?.id !== 'string') throw new TypeError('no id');
      return thing;
    },
    missTtlMs: 500,
    maxMisses: 3,
    now: () => now,
    logger: { info: () => undefined, warn: (_details, message) => warnings.push(message) },
    label: 'thing',
    ...overrides,
  });
  const put = (id: string, version: number) => source.values.set(`k:${id}`, JSON.stringify({ id, version }));
  return { source, cache, put, warnings, advance: (ms: number) => { now += ms; } };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('RecordCache', () => {
  it('reads once, then answers from memory', async () => {
    const { source, cache, put } = setup();
    put('a', 1);
    expect(cache.get('a')).toBeUndefined();
    expect(await cache.load('a')).toEqual({ id: 'a', version: 1 });
    expect(cache.get('a')).toEqual({ id: 'a', version: 1 });
    expect(source.reads).toEqual(['k:a']);
  });

  it('shares one read between concurrent loads', async () => {
    const { source, cache, put } = setup();
    put('a', 1);
    const [first, second] = await Promise.all([cache.load('a'), cache.load('a')]);
    expect(first).toBe(second);
    expect(source.reads).toHaveLength(1);
  });

  it('remembers an absent record for missTtlMs, then reads again', async () => {
    const { source, cache, put, advance } = setup();
    expect(await cache.load('a')).toBeNull();
    expect(cache.get('a')).toBeNull();
    put('a', 1);
    advance(499);
    expect(cache.get('a')).toBeNull();
    advance(1);
    expect(cache.get('a')).toBeUndefined();
    expect(await cache.load('a')).toEqual({ id: 'a', version: 1 });
    expect(source.reads).toEqual(['k:a', 'k:a']);
  });

  it('bounds remembered misses', async () => {
    const { cache } = setup();
    for (const id of ['a', 'b', 'c', 'd']) await cache.load(id);
    expect(cache.get('a')).toBeUndefined(); // cleared when the fourth miss arrived
    expect(cache.get('d')).toBeNull();
  });

  it('invalidate re-reads a held record or a remembered miss, and ignores ids never seen', async () => {
    const { source, cache, put } = setup();
    put('a', 1);
    await cache.load('a');
    await cache.load('gone');
    put('a', 2);
    put('gone', 1);
    cache.invalidate('a');
    cache.invalidate('gone');
    cache.invalidate('never');
    await flush();
    expect(cache.get('a')).toEqual({ id: 'a', version: 2 });
    expect(cache.get('gone')).toEqual({ id: 'gone', version: 1 });
    expect(source.reads).not.toContain('k:never');
  });

  it('a record deleted in Redis becomes absent on invalidate', async () => {
    const { source, cache, put } = setup();
    put('a', 1);
    await cache.load('a');
    source.values.delete('k:a');
    cache.invalidate('a');
    await flush();
    expect(cache.get('a')).toBeNull();
  });

  it('a slow older read never overwrites a newer one', async () => {
    const { source, cache, put } = setup();
    put('a', 1);
    await cache.load('a');
    source.manual = true;
    cache.invalidate('a'); // read #1 (will answer late with version 3)
    put('a', 2);
    cache.invalidate('a'); // read #2
    source.releaseNewest(); // #2 answers version 2
    await flush();
    put('a', 3);
    source.releaseOldest(); // #1 answers version 3, but it is stale by generation
    await flush();
    expect(cache.get('a')).toEqual({ id: 'a', version: 2 });
  });

  it('keeps the last good record when a refresh fails, and rejects a first load when Redis cannot answer', async () => {
    const { source, cache, put, warnings } = setup();
    put('a', 1);
    await cache.load('a');
    source.failing = true;
    cache.invalidate('a');
    await flush();
    expect(cache.get('a')).toEqual({ id: 'a', version: 1 });
    await expect(cache.load('b')).rejects.toThrow('ECONNREFUSED');
    expect(cache.get('b')).toBeUndefined(); // not remembered as absent
    expect(warnings.length).toBeGreaterThan(0);
  });

  it('treats a malformed record as absent and logs it', async () => {
    const { source, cache, warnings } = setup();
    source.values.set('k:a', '{not json');
    source.values.set('k:b', '{"noId":true}');
    expect(await cache.load('a')).toBeNull();
    expect(await cache.load('b')).toBeNull();
    expect(warnings).toEqual(['ignoring malformed thing record', 'ignoring malformed thing record']);
  });

  it('runs prepare before a record becomes visible', async () => {
    const seen: Thing[] = [];
    const { cache, put } = setup({ prepare: async (thing) => { seen.push(thing); } });
    put('a', 1);
    await cache.load('a');
    expect(seen).toEqual([{ id: 'a', version: 1 }]);
  });

  it('reconcile forgets misses and re-reads held records', async () => {
    const { cache, put } = setup({ missTtlMs: Infinity });
    put('a', 1);
    await cache.load('a');
    await cache.load('b');
    put('a', 2);
    cache.reconcile();
    await flush();
    expect(cache.get('a')).toEqual({ id: 'a', version: 2 });
    expect(cache.get('b')).toBeUndefined();
  });
});
