import type { SnapshotModel } from '@tollgate/model';
import { schemaPatternProblem } from '@tollgate/request-validation';
import { SnapshotCompileError, SnapshotCompileErrorCode } from './snapshot-compile-error';

/**
 * Refuses a model whose `pattern`/`patternProperties` regex the data plane could not run safely (invalid,
 * or needing backtracking with nested quantifiers): it would otherwise load unvalidated.
 */
export function validateModelPatterns(models: Record<string, SnapshotModel>): void {
  for (const model of Object.values(models)) {
    const problem = schemaPatternProblem(model.schema);
    if (problem) throw new SnapshotCompileError(SnapshotCompileErrorCode.InvalidModel, `Invalid model schema specified for ${model.name}: ${problem}`);
  }
}
