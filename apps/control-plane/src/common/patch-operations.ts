import type { FieldFailure } from './body-fields';

/** One AWS PatchOperation (JSON-Patch-like; `value` is always a string on the wire). */
export interface PatchOperation {
  op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
  path: string;
  value?: string;
  from?: string;
}

// AWS's order, as its error message lists them.
const OPS = ['add', 'remove', 'move', 'test', 'replace', 'copy'];

/** Reads `patchOperations` from an Update* body; a missing list is an empty one, as on AWS. */
export function parsePatchOperations(raw: unknown, fail: FieldFailure): PatchOperation[] {
  if (raw === undefined || raw === null) return [];
  if (typeof raw !== 'object' || Array.isArray(raw)) throw fail('The request body must be a JSON object');
  const list = (raw as Record<string, unknown>).patchOperations;
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw fail("Invalid value for 'patchOperations': expected a list");
  return list.map((item: unknown, index) => {
    if (typeof item !== 'object' || item === null) throw fail(`Invalid value for 'patchOperations[${index}]': expected an object`);
    const { op, path, value, from } = item as Record<string, unknown>;
    if (typeof op !== 'string' || !OPS.includes(op)) {
      throw fail(`Invalid patch operation specified. Must be one of: [${OPS.join(', ')}]`);
    }
    if (typeof path !== 'string' || path === '') throw fail(`Invalid value for 'patchOperations[${index}].path': expected a non-empty string`);
    if (value !== undefined && value !== null && typeof value !== 'string') throw fail(`Invalid value for 'patchOperations[${index}].value': expected a string`);
    if (from !== undefined && from !== null && typeof from !== 'string') throw fail(`Invalid value for 'patchOperations[${index}].from': expected a string`);
    return { op: op as PatchOperation['op'], path, value: value ?? undefined, from: from ?? undefined } as PatchOperation;
  });
}

/** AWS's wording for a path an operation does not support. */
export function invalidPatchPath(operation: PatchOperation, allowed: readonly string[], fail: FieldFailure): Error {
  return fail(`Invalid patch path '${operation.path}' specified for op '${operation.op}'. Must be one of: [${allowed.join(', ')}]`);
}

/** The operation's value, required. */
export function patchValue(operation: PatchOperation, fail: FieldFailure): string {
  if (operation.value === undefined) throw fail(`Invalid patch operation: 'value' is required for op '${operation.op}' on '${operation.path}'`);
  return operation.value;
}

/** Decodes JSON-Pointer escapes (`~1` = '/', `~0` = '~') in one path segment. */
export function unescapePathSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
