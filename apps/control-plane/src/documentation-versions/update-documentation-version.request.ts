import { invalidPatchPath, type PatchOperation, patchValue } from '../common/patch-operations';
import { DocumentationVersionsError } from './documentation-versions.error';

const PATHS = ['/description'];

/** UpdateDocumentationVersion: only `/description`; returns the new value (null when removed), undefined when untouched. */
export function applyDocumentationVersionPatch(operations: readonly PatchOperation[]): string | null | undefined {
  const fail = DocumentationVersionsError.invalid;
  let description: string | null | undefined;
  for (const operation of operations) {
    if (operation.path !== '/description') throw invalidPatchPath(operation, PATHS, fail);
    if (operation.op === 'replace') {
      description = patchValue(operation, fail);
      if (description.includes('\u0000')) throw fail("Invalid value for '/description': the NUL character is not allowed");
    } else if (operation.op === 'remove') {
      description = null;
    } else {
      throw invalidPatchPath(operation, PATHS, fail);
    }
  }
  return description;
}
