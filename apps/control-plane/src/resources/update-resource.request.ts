import { fieldRule } from '../common/patch/patch-rules';
import { applyPatch, type PatchTable } from '../common/patch/patch-table';
import { stringValue } from '../common/patch/patch-values';
import type { PatchOperation } from '../common/patch-operations';
import { validatePathPart } from './path-part';
import { ResourcesError, ResourcesErrorCode } from './resources.error';

/** Where a resource sits: UpdateResource may rename it (/pathPart) or move it (/parentId). */
export interface ResourcePlacement {
  parentId: string;
  pathPart: string;
}

const TABLE: PatchTable<ResourcePlacement> = {
  fail: (message) => new ResourcesError(ResourcesErrorCode.InvalidInput, message),
  rules: [
    fieldRule('/pathPart', { write: (r, c) => { r.pathPart = validatePathPart(stringValue(c)); }, read: (r) => r.pathPart }),
    fieldRule('/parentId', { write: (r, c) => { r.parentId = stringValue(c, 10); }, read: (r) => r.parentId }),
  ],
};

/** Applies UpdateResource's patchOperations to the resource's placement (pure; the service checks the tree). */
export function applyResourcePatch(current: ResourcePlacement, operations: readonly PatchOperation[]): ResourcePlacement {
  return applyPatch({ ...current }, operations, TABLE);
}
