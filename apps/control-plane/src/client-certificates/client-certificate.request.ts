import { asBody, optionalString, optionalStringMap } from '../common/body-fields';
import { fieldRule } from '../common/patch/patch-rules';
import { applyPatch, type PatchTable } from '../common/patch/patch-table';
import { invalidPatchPath, parsePatchOperations } from '../common/patch-operations';
import { ClientCertificatesError } from './client-certificates.error';

const fail = (message: string): Error => ClientCertificatesError.invalid(message);

/** GenerateClientCertificate body. */
export function parseGenerateClientCertificateRequest(raw: unknown): { description: string | null; tags: Record<string, string> } {
  const body = asBody(raw, fail);
  return { description: optionalString(body, 'description', fail) ?? null, tags: optionalStringMap(body, 'tags', fail) ?? {} };
}

const TABLE: PatchTable<{ description: string | null }> = {
  fail,
  invalidPath: (operation) => invalidPatchPath(operation, ['/description'], fail),
  rules: [fieldRule('/description', { write: (c, context) => { c.description = context.value ?? null; }, add: true, clear: (c) => { c.description = null; } })],
};

/** UpdateClientCertificate: only `/description` can change (replace; remove clears it). */
export function applyClientCertificatePatch(raw: unknown, current: { description: string | null }): { description: string | null } {
  return applyPatch({ ...current }, parsePatchOperations(raw, fail), TABLE);
}
