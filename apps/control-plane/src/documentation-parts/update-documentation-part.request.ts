import { invalidPatchPath, type PatchOperation, patchValue } from '../common/patch-operations';
import { checkProperties } from './documentation-location';
import { DocumentationPartsError } from './documentation-parts.error';

const PATHS = ['/properties'];

/** UpdateDocumentationPart: only `/properties` can be replaced; returns the new properties, if any (pure). */
export function applyDocumentationPartPatch(operations: readonly PatchOperation[]): string | undefined {
  const fail = DocumentationPartsError.invalid;
  let properties: string | undefined;
  for (const operation of operations) {
    if (operation.path !== '/properties' || operation.op !== 'replace') throw invalidPatchPath(operation, PATHS, fail);
    const value = patchValue(operation, fail);
    if (value.trim() === '') throw fail('Documentation part properties must be non-empty');
    properties = checkProperties(value);
  }
  return properties;
}
