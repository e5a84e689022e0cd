import { SNAPSHOT_SCHEMA_VERSION, STAGE_RECORD_SCHEMA_VERSION, type Snapshot, type StageRecord } from '@tollgate/model';
import { compileRoutes, type RouteTable } from '@tollgate/routing';
import type { SnapshotCompileHook } from './served-stage';
import { snapshotContentHash } from './snapshot-hash';

/** A snapshot or stage record that must not be served; the previous good one stays in place. */
export class SnapshotRejectedError extends Error {
  override readonly name = 'SnapshotRejectedError';
}

export interface PreparedSnapshot<TCompiled> {
  readonly snapshot: Snapshot;
  readonly routes: RouteTable;
  readonly compiled: TCompiled;
}

/** Validates a decoded snapshot fully and compiles what requests need. Throws SnapshotRejectedError. */
export function prepareSnapshot<TCompiled>(
  value: unknown, deploymentId: string, compile: SnapshotCompileHook<TCompiled>, verifyHash: boolean,
): PreparedSnapshot<TCompiled> {
  if (!isObject(value)) throw new SnapshotRejectedError(`snapshot ${deploymentId} is not a JSON object`);
  const snapshot = value as unknown as Snapshot;
  if (snapshot.schemaVersion !== SNAPSHOT_SCHEMA_VERSION) {
    throw new SnapshotRejectedError(`snapshot ${deploymentId} has schemaVersion ${String(snapshot.schemaVersion)}, expected ${SNAPSHOT_SCHEMA_VERSION}`);
  }
  if (snapshot.deploymentId !== deploymentId) {
    throw new SnapshotRejectedError(`snapshot stored under ${deploymentId} says deploymentId ${String(snapshot.deploymentId)}`);
  }
  if (!Array.isArray(snapshot.resources) || !isObject(snapshot.gatewayResponses)) {
    throw new SnapshotRejectedError(`snapshot ${deploymentId} lacks resources or gatewayResponses`);
  }
  if (verifyHash && snapshot.hash !== snapshotContentHash(snapshot)) {
    throw new SnapshotRejectedError(`snapshot ${deploymentId} does not match its content hash`);
  }
  try {
    const routes = compileRoutes(snapshot.resources);
    return Object.freeze({ snapshot, routes, compiled: compile(snapshot, routes) });
  } catch (error) {
    throw new SnapshotRejectedError(`snapshot ${deploymentId} does not compile: ${(error as Error).message}`);
  }
}

/** Checks the shape of a stage record read from Redis. Throws SnapshotRejectedError. */
export function validateStageRecord(value: unknown, restApiId: string, stageName: string): StageRecord {
  const record = value as StageRecord;
  if (!isObject(value) || record.schemaVersion !== STAGE_RECORD_SCHEMA_VERSION) {
    throw new SnapshotRejectedError(`stage record ${restApiId}:${stageName} has an unknown schemaVersion`);
  }
  if (typeof record.deploymentId !== 'string' || record.deploymentId === '' || !isObject(record.variables)) {
    throw new SnapshotRejectedError(`stage record ${restApiId}:${stageName} lacks deploymentId or variables`);
  }
  return record;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
