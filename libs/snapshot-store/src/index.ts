export type { ServedStage, SnapshotReader, SnapshotCompileHook, StoreLogger } from './served-stage';
export { SILENT_LOGGER } from './served-stage';
export { InMemorySnapshotStore } from './in-memory-snapshot-store';
export { ChangeSubscription, type ChangeHandlers } from './change-subscription';
export { RedisSnapshotStore, type RedisSnapshotStoreOptions } from './redis-snapshot-store';
export { SnapshotRejectedError, prepareSnapshot, validateStageRecord, type PreparedSnapshot } from './prepare-snapshot';
export { snapshotContentHash } from './snapshot-hash';
export { stageKey, parseStageKey } from './stage-key';
