// One implementation, in the cross-plane model, shared with the snapshot stores' hash check.
export { canonicalJson, contentHash } from '@tollgate/model';
