import type { IntegrationEntity } from '@tollgate/persistence';
import { applyPatch, type PatchTable } from '../common/patch/patch-table';
import { fieldRule, listItemRule, mapEntryRule } from '../common/patch/patch-rules';
import { booleanValue, integerValue, optionalStringValue, stringValue } from '../common/patch/patch-values';
import type { PatchOperation } from '../common/patch-operations';
import { IntegrationsError } from './integrations.error';
import { parsePutIntegrationRequest } from './put-integration.request';

export type IntegrationPatchable = Omit<IntegrationEntity, 'accountId' | 'region' | 'restApiId' | 'resourceId' | 'httpMethod'>;

/** Optional string columns UpdateIntegration can replace or remove. */
const OPTIONAL_FIELDS = ['uri', 'connectionType', 'connectionId', 'credentials', 'contentHandling', 'cacheNamespace'] as const;

const TABLE: PatchTable<IntegrationPatchable> = {
  fail: IntegrationsError.invalid,
  rules: [
    fieldRule('/type', { write: (i, c) => { i.type = stringValue(c); }, read: (i) => i.type }),
    // The integration's own verb is `httpMethod` on the wire.
    fieldRule('/httpMethod', { write: (i, c) => { i.integrationHttpMethod = optionalStringValue(c, 7); }, read: (i) => i.integrationHttpMethod ?? undefined }),
    ...OPTIONAL_FIELDS.map((field) => fieldRule<IntegrationPatchable>(`/${field}`, {
      write: (i, c) => { i[field] = optionalStringValue(c, field === 'cacheNamespace' ? 1024 : undefined); },
      clear: (i) => { i[field] = null; },
      read: (i) => i[field] ?? undefined,
    })),
    fieldRule('/passthroughBehavior', { write: (i, c) => { i.passthroughBehavior = stringValue(c); }, read: (i) => i.passthroughBehavior }),
    fieldRule('/timeoutInMillis', { write: (i, c) => { i.timeoutInMillis = integerValue(c, 50, 29000); }, read: (i) => String(i.timeoutInMillis) }),
    fieldRule('/tlsConfig/insecureSkipVerification', {
      write: (i, c) => { i.tlsConfig = { ...i.tlsConfig, insecureSkipVerification: booleanValue(c) }; },
      clear: (i) => { i.tlsConfig = null; },
      read: (i) => (i.tlsConfig?.insecureSkipVerification === undefined ? undefined : String(i.tlsConfig.insecureSkipVerification)),
    }),
    mapEntryRule('/requestParameters/{name}', { param: 'name', map: (i) => i.requestParameters, value: (c) => stringValue(c) }),
    mapEntryRule('/requestTemplates/{contentType}', { param: 'contentType', map: (i) => i.requestTemplates, value: (c) => c.value ?? '' }),
    listItemRule('/cacheKeyParameters/{name}', { param: 'name', list: (i) => i.cacheKeyParameters }),
  ],
};

/**
 * Applies UpdateIntegration's patchOperations to a copy of the integration, then checks the result with
 * PutIntegration's own rules, so an update can never store what a put would refuse (pure).
 */
export function applyIntegrationPatch(current: IntegrationPatchable, operations: readonly PatchOperation[]): IntegrationPatchable {
  const next: IntegrationPatchable = {
    ...current,
    requestParameters: { ...current.requestParameters },
    requestTemplates: { ...current.requestTemplates },
    cacheKeyParameters: [...current.cacheKeyParameters],
    tlsConfig: current.tlsConfig ? { ...current.tlsConfig } : null,
  };
  applyPatch(next, operations, TABLE);
  const checked = parsePutIntegrationRequest({
    type: next.type,
    httpMethod: next.integrationHttpMethod,
    uri: next.uri,
    connectionType: next.connectionType,
    connectionId: next.connectionId,
    credentials: next.credentials,
    requestParameters: next.requestParameters,
    requestTemplates: next.requestTemplates,
    passthroughBehavior: next.passthroughBehavior,
    contentHandling: next.contentHandling,
    timeoutInMillis: next.timeoutInMillis,
    cacheNamespace: next.cacheNamespace,
    cacheKeyParameters: next.cacheKeyParameters,
    tlsConfig: next.tlsConfig,
  });
  return { ...next, connectionType: checked.connectionType ?? null };
}
