// The same function the snapshot compiler stamps hashes with (one implementation in the model).
export { snapshotContentHash } from '@tollgate/model';
