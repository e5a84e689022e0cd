import { applyPatch, type PatchTable } from '../common/patch/patch-table';
import { fieldRule } from '../common/patch/patch-rules';
import { optionalStringValue } from '../common/patch/patch-values';
import type { PatchOperation } from '../common/patch-operations';
import { DeploymentsError } from './deployments.error';

/** A deployment's only mutable field: the frozen snapshot never changes. */
export interface DeploymentPatchable {
  description: string | null;
}

const TABLE: PatchTable<DeploymentPatchable> = {
  fail: DeploymentsError.invalid,
  rules: [
    fieldRule('/description', { write: (d, c) => { d.description = optionalStringValue(c); }, clear: (d) => { d.description = null; }, read: (d) => d.description ?? undefined }),
  ],
};

/** Applies UpdateDeployment's patchOperations to a copy (pure). */
export function applyDeploymentPatch(current: DeploymentPatchable, operations: readonly PatchOperation[]): DeploymentPatchable {
  return applyPatch({ description: current.description }, operations, TABLE);
}
