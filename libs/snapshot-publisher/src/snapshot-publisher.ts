import type { Redis } from 'ioredis';
import type { ChangeMessage, RedisKeys } from '@tollgate/model';
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
    async publishStage({ snapshot, stageRecord }: StagePublication): Promise<PublishStageResult> {
      assertConsistent({ snapshot, stageRecord });
      const written = await redis.set(keys.snapshot(snapshot.deploymentId), JSON.stringify(snapshot), 'NX');
      const flipped = await redis.eval(
        STAGE_FLIP_SCRIPT, 1, keys.stage(stageRecord.restApiId, stageRecord.stageName),
        JSON.stringify(stageRecord), String(stageRecord.updatedAt), keys.changesChannel(), changeOf(stageRecord),
      );
      return { snapshotWritten: written === 'OK', stageUpdated: flipped === 1 };
    },

    async unpublishStage(ref: StageRef): Promise<void> {
      await redis.del(keys.stage(ref.restApiId, ref.stageName));
      await redis.publish(keys.changesChannel(), changeOf(ref));
    },

    async isStagePublished(ref: StageRef): Promise<boolean> {
      const raw = await redis.get(keys.stage(ref.restApiId, ref.stageName));
      const deploymentId = raw === null ? undefined : deploymentIdOf(raw);
      return deploymentId !== undefined && (await redis.exists(keys.snapshot(deploymentId))) === 1;
    },
  };
}

/** Refuses a record that points at another deployment or API than the snapshot it is published with. */
function assertConsistent({ snapshot, stageRecord }: StagePublication): void {
  if (snapshot.deploymentId !== stageRecord.deploymentId || snapshot.restApiId !== stageRecord.restApiId) {
    throw new SnapshotPublicationError(
      `Stage ${stageRecord.restApiId}/${stageRecord.stageName} points at deployment ${stageRecord.deploymentId} ` +
      `but the snapshot is deployment ${snapshot.deploymentId} of ${snapshot.restApiId}`,
    );
  }
  if (!Number.isFinite(stageRecord.updatedAt)) {
    throw new SnapshotPublicationError(`Stage ${stageRecord.restApiId}/${stageRecord.stageName} has no valid updatedAt`);
  }
}

function deploymentIdOf(raw: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(raw);
    const id = typeof parsed === 'object' && parsed !== null ? (parsed as { deploymentId?: unknown }).deploymentId : undefined;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}
