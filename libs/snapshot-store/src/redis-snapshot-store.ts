import type { Redis } from 'ioredis';
import type { ChangeMessage, RedisKeys } from '@tollgate/model';
import { canaryDeploymentId, servedStage } from './canary-stage';
import { ChangeSubscription } from './change-subscription';
import { prepareSnapshot, SnapshotRejectedError, validateStageRecord, type PreparedSnapshot } from './prepare-snapshot';
import { noCompile, SILENT_LOGGER, type ServedStage, type SnapshotCompileHook, type SnapshotReader, type StoreLogger } from './served-stage';
import { parseStageKey, stageKey } from './stage-key';

export interface RedisSnapshotStoreOptions<TCompiled> {
  /** Connection for GETs. The caller owns it (and closes it). */
  redis: Redis;
  /** A dedicated connection for SUBSCRIBE (e.g. `redis.duplicate()`). The caller owns it. */
  subscriber: Redis;
  keys: RedisKeys;
  compile?: SnapshotCompileHook<TCompiled>;
  /** How long "this stage does not exist" is remembered; default 2000 ms. */
  negativeTtlMs?: number;
  /** Bound on remembered misses, so random stage names cannot grow memory; default 10000. */
  maxNegativeEntries?: number;
  logger?: StoreLogger;
  now?: () => number;
}

/**
 * Serves stages from memory, reading Redis only when a stage is first used or a change notification
 * names it. Validates before swapping one reference; on any failure (Redis gone, bad JSON, bad snapshot)
 * the last good stage keeps being served.
 */
export class RedisSnapshotStore<TCompiled = undefined> implements SnapshotReader<TCompiled> {
  private readonly stages = new Map<string, ServedStage<TCompiled>>();
  private readonly snapshots = new Map<string, Promise<PreparedSnapshot<TCompiled>>>();
  /** Deployment ids whose fetch has finished successfully (only those may be released). */
  private readonly settled = new Set<string>();
  private readonly negatives = new Map<string, number>();
  private readonly pending = new Map<string, Promise<ServedStage<TCompiled> | undefined>>();
  /** Bumped per load of a stage, so a slow older load never overwrites a newer one. */
  private readonly generations = new Map<string, number>();
  private readonly compile: SnapshotCompileHook<TCompiled>;
  private readonly logger: StoreLogger;
  private readonly now: () => number;
  private readonly changes: ChangeSubscription;

  constructor(private readonly options: RedisSnapshotStoreOptions<TCompiled>) {
    this.compile = options.compile ?? noCompile<TCompiled>();
    this.logger = options.logger ?? SILENT_LOGGER;
    this.now = options.now ?? Date.now;
    this.changes = new ChangeSubscription(options.subscriber, options.keys.changesChannel(), {
      onChange: (message) => this.onChange(message),
      onReconnect: () => this.onReconnect(),
      onMalformed: (raw) => this.logger.warn({ raw }, 'ignoring malformed change message'),
    });
  }

  /** Subscribes to the changes channel; resolves once subscribed. */
  start(): Promise<void> {
    return this.changes.start();
  }

  close(): Promise<void> {
    return this.changes.leave();
  }

  getStage(restApiId: string, stageName: string): ServedStage<TCompiled> | undefined {
    return this.stages.get(stageKey(restApiId, stageName));
  }

  resolve(restApiId: string, stageName: string): Promise<ServedStage<TCompiled> | undefined> {
    const key = stageKey(restApiId, stageName);
    const served = this.stages.get(key);
    if (served) return Promise.resolve(served);
    const until = this.negatives.get(key);
    if (until !== undefined && until > this.now()) return Promise.resolve(undefined);
    // Concurrent first requests share one load: a second reload would supersede the first, whose
    // callers would then see "no stage" (403) until the newer load finished.
    return this.pending.get(key) ?? this.reload(restApiId, stageName);
  }

  /** Number of decoded snapshots held, for diagnostics and tests. */
  get snapshotCount(): number {
    return this.snapshots.size;
  }

  private onChange(message: Partial<ChangeMessage> | null): void {
    const ref = message?.kind === 'stage' && typeof message.id === 'string' ? parseStageKey(message.id) : undefined;
    if (!ref) return;
    const key = stageKey(ref.restApiId, ref.stageName);
    this.negatives.delete(key);
    // Also when a first load is in flight: it may have read the record before this change.
    if (this.stages.has(key) || this.pending.has(key)) void this.reload(ref.restApiId, ref.stageName);
  }

  /** After a reconnect, notifications may have been missed: re-read every stage we serve. */
  private onReconnect(): void {
    this.negatives.clear();
    for (const key of this.stages.keys()) {
      const ref = parseStageKey(key);
      if (ref) void this.reload(ref.restApiId, ref.stageName);
    }
  }

  private reload(restApiId: string, stageName: string): Promise<ServedStage<TCompiled> | undefined> {
    const key = stageKey(restApiId, stageName);
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    const loading = this.load(restApiId, stageName, key, generation).finally(() => {
      if (this.pending.get(key) === loading) this.pending.delete(key);
    });
    this.pending.set(key, loading);
    return loading;
  }

  private async load(restApiId: string, stageName: string, key: string, generation: number): Promise<ServedStage<TCompiled> | undefined> {
    const { redis, keys } = this.options;
    try {
      const raw = await redis.get(keys.stage(restApiId, stageName));
      if (generation !== this.generations.get(key)) return this.newest(key);
      if (raw === null) {
        // Unpublished (or never published): stop serving it.
        if (this.stages.delete(key)) this.logger.info({ restApiId, stageName }, 'stage removed');
        this.remember(key);
        this.releaseUnusedSnapshots();
        return undefined;
      }
      const record = validateStageRecord(JSON.parse(raw), restApiId, stageName);
      const canaryId = canaryDeploymentId(record);
      const [prepared, canary] = await Promise.all([this.snapshotFor(record.deploymentId), canaryId === undefined ? undefined : this.canaryFor(canaryId, restApiId, stageName)]);
      if (generation !== this.generations.get(key)) return this.newest(key);
      const served = servedStage(record, prepared, canary);
      const previous = this.stages.get(key);
      this.stages.set(key, served);
      this.negatives.delete(key);
      if (previous?.snapshot !== prepared.snapshot || previous?.canary?.snapshot !== canary?.snapshot) {
        this.logger.info({ restApiId, stageName, deploymentId: record.deploymentId }, 'stage now serves deployment');
        this.releaseUnusedSnapshots();
      }
      return served;
    } catch (error) {
      const current = this.stages.get(key);
      this.logger.warn(
        { restApiId, stageName, err: (error as Error).message, keptDeploymentId: current?.stageRecord.deploymentId },
        error instanceof SnapshotRejectedError ? 'rejected stage change; keeping the last good one' : 'stage load failed; keeping the last good one',
      );
      if (!current) this.remember(key);
      return current;
    }
  }

  /** A newer load superseded ours: answer with its outcome, not with whatever is served right now. */
  private newest(key: string): Promise<ServedStage<TCompiled> | undefined> {
    return this.pending.get(key) ?? Promise.resolve(this.stages.get(key));
  }

  /** One fetch and one validation per deployment id, shared by every stage that points at it. */
  private snapshotFor(deploymentId: string): Promise<PreparedSnapshot<TCompiled>> {
    const cached = this.snapshots.get(deploymentId);
    if (cached) return cached;
    const fetching = this.options.redis.get(this.options.keys.snapshot(deploymentId)).then((raw) => {
      if (raw === null) throw new SnapshotRejectedError(`snapshot ${deploymentId} is not in Redis`);
      return prepareSnapshot(JSON.parse(raw) as unknown, deploymentId, this.compile, true);
    });
    this.snapshots.set(deploymentId, fetching);
    fetching.then(
      () => this.settled.add(deploymentId),
      // A failed fetch is forgotten so a later notification can retry it.
      () => this.snapshots.delete(deploymentId),
    );
    return fetching;
  }

  /** A canary snapshot that cannot be loaded must not take the stage down: it is served without canary. */
  private canaryFor(deploymentId: string, restApiId: string, stageName: string): Promise<PreparedSnapshot<TCompiled> | undefined> {
    return this.snapshotFor(deploymentId).catch((error: Error) => {
      this.logger.warn({ restApiId, stageName, canaryDeploymentId: deploymentId, err: error.message }, 'canary deployment not loaded; serving the stage without canary');
      return undefined;
    });
  }

  /** Drops decoded snapshots no stage serves any more; fetches still in progress are left alone. */
  private releaseUnusedSnapshots(): void {
    const used = new Set<string>();
    for (const served of this.stages.values()) {
      used.add(served.snapshot.deploymentId);
      if (served.canary) used.add(served.canary.snapshot.deploymentId);
    }
    for (const deploymentId of this.settled) {
      if (!used.has(deploymentId)) {
        this.settled.delete(deploymentId);
        this.snapshots.delete(deploymentId);
      }
    }
  }

  private remember(key: string): void {
    const max = this.options.maxNegativeEntries ?? 10_000;
    if (this.negatives.size >= max) this.negatives.clear();
    this.negatives.set(key, this.now() + (this.options.negativeTtlMs ?? 2000));
  }
}
