import type { IntegrationResponseEntity } from '@tollgate/persistence';
import { applyPatch, type PatchTable } from '../common/patch/patch-table';
import { fieldRule, mapEntryRule } from '../common/patch/patch-rules';
import { optionalStringValue, stringValue } from '../common/patch/patch-values';
import type { PatchOperation } from '../common/patch-operations';
import { IntegrationsError } from './integrations.error';
import { parsePutIntegrationResponseRequest } from './put-integration-response.request';

export type IntegrationResponsePatchable = Pick<IntegrationResponseEntity, 'selectionPattern' | 'responseParameters' | 'responseTemplates' | 'contentHandling'>;

const TABLE: PatchTable<IntegrationResponsePatchable> = {
  fail: IntegrationsError.invalid,
  rules: [
    fieldRule('/selectionPattern', { write: (r, c) => { r.selectionPattern = optionalStringValue(c); }, clear: (r) => { r.selectionPattern = null; }, read: (r) => r.selectionPattern ?? undefined }),
    fieldRule('/contentHandling', { write: (r, c) => { r.contentHandling = optionalStringValue(c); }, clear: (r) => { r.contentHandling = null; }, read: (r) => r.contentHandling ?? undefined }),
    mapEntryRule('/responseParameters/{name}', { param: 'name', map: (r) => r.responseParameters, value: (c) => stringValue(c) }),
    mapEntryRule('/responseTemplates/{contentType}', { param: 'contentType', map: (r) => r.responseTemplates, value: (c) => c.value ?? '' }),
  ],
};

/** Applies UpdateIntegrationResponse's patchOperations to a copy, checked by PutIntegrationResponse's rules (pure). */
export function applyIntegrationResponsePatch(current: IntegrationResponsePatchable, operations: readonly PatchOperation[]): IntegrationResponsePatchable {
  const next = { ...current, responseParameters: { ...current.responseParameters }, responseTemplates: { ...current.responseTemplates } };
  applyPatch(next, operations, TABLE);
  const checked = parsePutIntegrationResponseRequest(next);
  return { ...next, selectionPattern: checked.selectionPattern ?? null };
}
