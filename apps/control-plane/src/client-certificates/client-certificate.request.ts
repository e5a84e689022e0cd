import { asBody, optionalString, optionalStringMap } from '../common/body-fields';
import { invalidPatchPath, parsePatchOperations } from '../common/patch-operations';
import { ClientCertificatesError } from './client-certificates.error';

const fail = (message: string): Error => ClientCertificatesError.invalid(message);

/** GenerateClientCertificate body. */
export function parseGenerateClientCertificateRequest(raw: unknown): { description: string | null; tags: Record<string, string> } {
  const body = asBody(raw, fail);
  return { description: optionalString(body, 'description', fail) ?? null, tags: optionalStringMap(body, 'tags', fail) ?? {} };
}

/** UpdateClientCertificate: only `/description` can change (replace; remove clears it). */
export function applyClientCertificatePatch(raw: unknown, current: { description: string | null }): { description: string | null } {
  const next = { ...current };
  for (const operation of parsePatchOperations(raw, fail)) {
    if (operation.path !== '/description' || !['replace', 'add', 'remove'].includes(operation.op)) {
      throw invalidPatchPath(operation, ['/description'], fail);
    }
    next.description = operation.op === 'remove' ? null : operation.value ?? null;
  }
  return next;
}
