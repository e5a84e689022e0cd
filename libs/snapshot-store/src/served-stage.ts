import type { Snapshot, StageRecord } from '@tollgate/model';
import type { RouteTable } from '@tollgate/routing';

/**
 * Everything a request needs about its stage. Immutable: a change produces a new object, so a request
 * that started on one keeps a consistent view until it finishes.
 */
export interface ServedStage<TCompiled = undefined> {
  readonly stageRecord: StageRecord;
  readonly snapshot: Snapshot;
  readonly routes: RouteTable;
  /** Whatever the store's `compile` hook derived from the snapshot (once per deployment). */
  readonly compiled: TCompiled;
  /**
   * The canary deployment when the stage record has canarySettings with percentTraffic > 0: its own
   * snapshot, routes and compiled form, and a stage record whose deploymentId is the canary's and whose
   * variables have the canary's stageVariableOverrides merged in. The data plane picks it per request.
   */
  readonly canary?: ServedStage<TCompiled>;
}

export interface SnapshotReader<TCompiled = undefined> {
  /** Synchronous, memory only: the request fast path. */
  getStage(restApiId: string, stageName: string): ServedStage<TCompiled> | undefined;
  /** For a getStage miss: loads an unseen stage (one Redis read) or answers from the negative cache. */
  resolve(restApiId: string, stageName: string): Promise<ServedStage<TCompiled> | undefined>;
}

/**
 * Per-deployment precompilation supplied by the consumer (the data plane compiles URI templates,
 * selection patterns, VTL). Throwing rejects the snapshot, so it is never served.
 */
export type SnapshotCompileHook<TCompiled> = (snapshot: Snapshot, routes: RouteTable) => TCompiled;

/** Subset of pino's logger the stores use. */
export interface StoreLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

export const SILENT_LOGGER: StoreLogger = { info: () => undefined, warn: () => undefined };

/** Default hook when a consumer needs nothing but routes (TCompiled is then undefined). */
export function noCompile<TCompiled>(): SnapshotCompileHook<TCompiled> {
  return (() => undefined) as unknown as SnapshotCompileHook<TCompiled>;
}
