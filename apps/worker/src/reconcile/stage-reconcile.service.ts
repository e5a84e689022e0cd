import { Inject, Injectable, Logger } from '@nestjs/common';
import { type RedisKeys, type StageRecord, redisKeys } from '@tollgate/model';
import type { SnapshotPublisher } from '@tollgate/snapshot-publisher';
import { RedisConnection } from '../connections/redis-connection';
import { SNAPSHOT_PUBLISHER } from '../connections/snapshot-publisher.provider';
import { STAGE_PUBLICATION_SOURCE } from '../stage-publication/stage-publication.source';
import type { StageIdentity, StagePublicationSource } from '../stage-publication/stage-publication.source';
import { WORKER_OPTIONS } from '../worker-options';
import type { StartWorkerOptions } from '../worker-options';
import { RECONCILE_BATCH } from './reconcile-batch';
import { type RecordCounts, emptyCounts } from './reconcile-summary';
import { stageRecordMatches, stringFields } from './record-match';
import { RecordSwap } from './record-swap';
import { scanKeys } from './redis-scan';
import { StageStateReader } from './stage-state.reader';

/**
 * Stage half of a reconcile pass: every Postgres stage whose record (or snapshot) Redis lacks or holds
 * differently is republished; every stage record without a Postgres stage is unpublished. Repairs re-read
 * the stage from Postgres first, so a change made during the pass is published as it is now.
 */
@Injectable()
export class StageReconcileService {
  private readonly logger = new Logger(StageReconcileService.name);
  private readonly keys: RedisKeys;
  private readonly swap: RecordSwap;
  /** `{prefix}stage:`: what precedes `{restApiId}:{stageName}` in a stage key. */
  private readonly stageKeyStart: string;

  constructor(
    private readonly reader: StageStateReader,
    @Inject(STAGE_PUBLICATION_SOURCE) private readonly source: StagePublicationSource,
    @Inject(SNAPSHOT_PUBLISHER) private readonly publisher: SnapshotPublisher,
    private readonly redis: RedisConnection,
    @Inject(WORKER_OPTIONS) options: StartWorkerOptions,
  ) {
    this.keys = redisKeys(options.keyPrefix);
    this.swap = new RecordSwap(redis.client, this.keys);
    this.stageKeyStart = this.keys.stage('', '').slice(0, -1);
  }

  /** Returns the counts and how many repairs failed. */
  async reconcile(): Promise<{ counts: RecordCounts; failed: number }> {
    const counts = emptyCounts();
    const failures = { count: 0 };
    const expected = new Set<string>();
    let page: StageRecord[] = await this.reader.page(undefined, RECONCILE_BATCH);
    while (page.length > 0) {
      const stageKeys = page.map((record) => this.keys.stage(record.restApiId, record.stageName));
      for (const key of stageKeys) expected.add(key);
      counts.checked += page.length;
      const observed = await this.redis.client.mget(...stageKeys);
      const stale = await this.staleIndexes(page, observed);
      for (const index of stale) await this.repair(page[index]!, stageKeys[index]!, observed[index] ?? null, counts, failures);
      const last = page[page.length - 1]!;
      page = page.length < RECONCILE_BATCH ? [] : await this.reader.page(last, RECONCILE_BATCH);
    }
    for await (const found of scanKeys(this.redis.client, this.keys.stagePattern())) {
      const orphans = [...new Set(found.filter((key) => !expected.has(key)))];
      if (orphans.length === 0) continue;
      const values = await this.redis.client.mget(...orphans);
      for (const [index, key] of orphans.entries()) {
        const raw = values[index] ?? null;
        if (raw === null) continue; // deleted since the SCAN
        counts.checked++;
        const ids = stringFields(raw, ['accountId', 'restApiId', 'stageName'] as const);
        // A record that names another stage than its key is garbage under this key.
        const own = ids && this.keys.stage(ids.restApiId, ids.stageName) === key ? ids : undefined;
        await this.repair(own, key, raw, counts, failures);
      }
    }
    return { counts, failed: failures.count };
  }

  /** Indexes of the stages whose record differs, or whose snapshot(s) Redis lacks. */
  private async staleIndexes(page: StageRecord[], observed: Array<string | null>): Promise<number[]> {
    const stale: number[] = [];
    const snapshotChecks: Array<{ index: number; key: string }> = [];
    page.forEach((record, index) => {
      if (!stageRecordMatches(record, observed[index] ?? null)) {
        stale.push(index);
        return;
      }
      snapshotChecks.push({ index, key: this.keys.snapshot(record.deploymentId) });
      const canaryId = record.canarySettings?.deploymentId;
      if (canaryId && canaryId !== record.deploymentId) snapshotChecks.push({ index, key: this.keys.snapshot(canaryId) });
    });
    if (snapshotChecks.length === 0) return stale;
    // One EXISTS per key (snapshots of one page may live in different Cluster slots), pipelined.
    const exists = (await this.redis.client.pipeline(snapshotChecks.map(({ key }) => ['exists', key])).exec()) ?? [];
    const lacking = new Set(snapshotChecks.filter((_, i) => exists[i]?.[1] !== 1).map(({ index }) => index));
    return [...stale, ...lacking].sort((a, b) => a - b);
  }

  /** Publishes the stage as Postgres has it now, or unpublishes it when Postgres no longer has it. */
  private async repair(stage: StageIdentity | undefined, key: string, observed: string | null, counts: RecordCounts, failures: { count: number }): Promise<void> {
    const name = stage ? `${stage.restApiId}/${stage.stageName}` : key;
    try {
      const publication = stage ? await this.source.load(stage) : null;
      if (publication) {
        const { stageUpdated } = await this.publisher.publishStage(publication);
        if (stageUpdated) {
          counts.repaired++;
          return;
        }
        // The flip refused: Redis holds a later updatedAt than Postgres (stage re-created on a server whose clock
        // is behind, or a database restore). Postgres was read after Redis, so it wins, unless a job has written
        // since the read (the swap then fails and that newer record stays).
        const change = { kind: 'stage' as const, id: `${publication.stageRecord.restApiId}:${publication.stageRecord.stageName}` };
        if (observed !== null && await this.swap.swap(key, observed, JSON.stringify(publication.stageRecord), change)) {
          this.logger.warn(`reconcile stage ${name}: Redis held a later updatedAt than Postgres; replaced with Postgres's record`);
          counts.repaired++;
        }
        return;
      }
      if (observed === null) return; // neither in Postgres nor in Redis any more
      const change = { kind: 'stage' as const, id: stage ? `${stage.restApiId}:${stage.stageName}` : key.slice(this.stageKeyStart.length) };
      if (await this.swap.swap(key, observed, null, change)) counts.removed++;
    } catch (error) {
      failures.count++;
      this.logger.error(`reconcile stage ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
