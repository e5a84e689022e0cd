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
    properties = checkProperties(patchValue(operation, fail));
  }
  return properties;
}
