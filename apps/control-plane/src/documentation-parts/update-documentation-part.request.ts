import { applyPatch, type PatchTable } from '../common/patch/patch-table';
import { invalidPatchPath, type PatchOperation } from '../common/patch-operations';
import { checkProperties } from './documentation-location';
import { DocumentationPartsError } from './documentation-parts.error';

const PATHS = ['/properties'];
const fail = DocumentationPartsError.invalid;

const TABLE: PatchTable<{ properties?: string }> = {
  fail,
  invalidPath: (operation) => invalidPatchPath(operation, PATHS, fail),
  rules: [
    {
      path: '/properties',
      replace: (p, c) => {
        const value = c.required();
        if (value.trim() === '') throw fail('Documentation part properties must be non-empty');
        p.properties = checkProperties(value);
      },
    },
  ],
};

/** UpdateDocumentationPart: only `/properties` can be replaced; returns the new properties, if any (pure). */
export function applyDocumentationPartPatch(operations: readonly PatchOperation[]): string | undefined {
  return applyPatch<{ properties?: string }>({}, operations, TABLE).properties;
}
