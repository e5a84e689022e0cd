import { applyPatch, type PatchTable } from '../common/patch/patch-table';
import { invalidPatchPath, type PatchOperation } from '../common/patch-operations';
import { DocumentationVersionsError } from './documentation-versions.error';

const PATHS = ['/description'];
const fail = DocumentationVersionsError.invalid;

/** undefined: untouched; null: removed. */
interface VersionPatch {
  description: string | null | undefined;
}

const TABLE: PatchTable<VersionPatch> = {
  fail,
  invalidPath: (operation) => invalidPatchPath(operation, PATHS, fail),
  rules: [
    {
      path: '/description',
      replace: (v, c) => {
        const value = c.required();
        if (value.includes('\u0000')) throw fail("Invalid value for '/description': the NUL character is not allowed");
        v.description = value;
      },
      remove: (v) => { v.description = null; },
    },
  ],
};

/** UpdateDocumentationVersion: only `/description`; returns the new value (null when removed), undefined when untouched. */
export function applyDocumentationVersionPatch(operations: readonly PatchOperation[]): string | null | undefined {
  return applyPatch<VersionPatch>({ description: undefined }, operations, TABLE).description;
}
