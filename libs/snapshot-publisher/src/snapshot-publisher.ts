import type { Redis } from 'ioredis';
import type { ChangeMessage, RedisKeys, StageRecord } from '@tollgate/model';
import type { PublishStageResult, SnapshotPublisher, StagePublication, StageRef } from './stage-publication';
import { STAGE_FLIP_SCRIPT } from './stage-flip.script';

export class SnapshotPublicationError extends Error {
  override readonly name = 'SnapshotPublicationError';
}

/**
 * Publishing order matters: a data plane notified of a stage must find its snapshot, so the snapshot is
 * written first (once: it is immutable and content-addressed), then the stage record (the pointer flip)
 * and only then the notification.
 */
export function createSnapshotPublisher(redis: Redis, keys: RedisKeys): SnapshotPublisher {
  const changeOf = (ref: StageRef): string =>
    JSON.stringify({ kind: 'stage', id: `${ref.restApiId}:${ref.stageName}` } satisfies ChangeMessage);

  return {
    async publishStage(publication: StagePublication): Promise<PublishStageResult> {
      assertConsistent(publication);
      const { stageRecord } = publication;
      let snapshotWritten = false;
      for (const snapshot of [publication.snapshot, publication.canarySnapshot]) {
        if (!snapshot) continue;
        const written = await redis.set(keys.snapshot(snapshot.deploymentId), JSON.stringify(snapshot), 'NX');
        snapshotWritten ||= written === 'OK';
      }
      const flipped = await redis.eval(
        STAGE_FLIP_SCRIPT, 1, keys.stage(stageRecord.restApiId, stageRecord.stageName),
        JSON.stringify(stageRecord), String(stageRecord.updatedAt), keys.changesChannel(), changeOf(stageRecord),
      );
      return { snapshotWritten, stageUpdated: flipped === 1 };
    },

    async unpublishStage(ref: StageRef): Promise<void> {
      await redis.del(keys.stage(ref.restApiId, ref.stageName));
      await redis.publish(keys.changesChannel(), changeOf(ref));
    },

    async isStagePublished(ref: StageRef): Promise<boolean> {
      const raw = await redis.get(keys.stage(ref.restApiId, ref.stageName));
      const deploymentIds = raw === null ? undefined : deploymentIdsOf(raw);
      if (!deploymentIds) return false;
      // One EXISTS per key: snapshots may live in different Redis Cluster slots.
      const found = await Promise.all(deploymentIds.map((id) => redis.exists(keys.snapshot(id))));
      return found.every((count) => count === 1);
    },
  };
}

/** Refuses a record that points at another deployment or API than the snapshot it is published with. */
function assertConsistent({ snapshot, stageRecord, canarySnapshot }: StagePublication): void {
  if (snapshot.deploymentId !== stageRecord.deploymentId || snapshot.restApiId !== stageRecord.restApiId) {
    throw new SnapshotPublicationError(
      `Stage ${stageRecord.restApiId}/${stageRecord.stageName} points at deployment ${stageRecord.deploymentId} ` +
      `but the snapshot is deployment ${snapshot.deploymentId} of ${snapshot.restApiId}`,
    );
  }
  const canaryId = stageRecord.canarySettings?.deploymentId;
  if (canaryId !== undefined && canaryId !== snapshot.deploymentId && canarySnapshot?.deploymentId !== canaryId) {
    throw new SnapshotPublicationError(
      `Stage ${stageRecord.restApiId}/${stageRecord.stageName} has a canary on deployment ${canaryId} but its snapshot was not provided`,
    );
  }
  if (!Number.isFinite(stageRecord.updatedAt)) {
    throw new SnapshotPublicationError(`Stage ${stageRecord.restApiId}/${stageRecord.stageName} has no valid updatedAt`);
  }
}

/** The deployments a stored record points at (main, then canary); undefined when it is unreadable. */
function deploymentIdsOf(raw: string): string[] | undefined {
  try {
    const parsed = JSON.parse(raw) as Partial<StageRecord> | null;
    if (typeof parsed?.deploymentId !== 'string') return undefined;
    const canaryId = parsed.canarySettings?.deploymentId;
    return typeof canaryId === 'string' ? [parsed.deploymentId, canaryId] : [parsed.deploymentId];
  } catch {
    return undefined;
  }
}
