import type { GatewayResponseValues } from '@tollgate/persistence';
import { applyPatch, type PatchContext, type PatchRule, type PatchTable } from '../common/patch/patch-table';
import type { PatchOperation } from '../common/patch-operations';
import { checkResponseParameter, checkStatusCode, checkTemplate } from './gateway-response-fields';
import { GatewayResponsesError, GatewayResponsesErrorCode } from './gateway-responses.error';

type MapField = 'responseParameters' | 'responseTemplates';
const fail = GatewayResponsesError.invalid;

function requiredValue(c: PatchContext, field: string): string {
  if (c.value === undefined || c.value === '') throw fail(`Invalid null or empty value in ${field}`);
  return c.value;
}

/** `/{field}/{key+}`: add sets a key, replace only an existing one, remove deletes it (absent is fine). */
function mapRule(field: MapField, check: (key: string, value: string) => void): PatchRule<GatewayResponseValues> {
  const write = (replace: boolean) => (r: GatewayResponseValues, c: PatchContext): void => {
    const key = c.params.key;
    if (replace && !(key in r[field])) throw new GatewayResponsesError(GatewayResponsesErrorCode.ParameterNotFound, 'Invalid parameter name specified');
    const value = requiredValue(c, field);
    check(key, value);
    r[field][key] = value;
  };
  return { path: `/${field}/{key+}`, add: write(false), replace: write(true), remove: (r, c) => { delete r[field][c.params.key]; } };
}

/** AWS: `/statusCode` takes replace only; the maps take add, replace (of an existing key) and remove. */
const TABLE: PatchTable<GatewayResponseValues> = {
  fail,
  invalidPath: (operation) => fail(`Invalid patch path ${operation.path}`),
  rules: [
    { path: '/statusCode', replace: (r, c) => { r.statusCode = checkStatusCode(requiredValue(c, 'statusCode')); } },
    mapRule('responseParameters', checkResponseParameter),
    mapRule('responseTemplates', checkTemplate),
  ],
};

/** Applies UpdateGatewayResponse's patchOperations to the current values (stored or default); pure. */
export function applyGatewayResponsePatch(current: GatewayResponseValues, operations: readonly PatchOperation[]): GatewayResponseValues {
  const next: GatewayResponseValues = { statusCode: current.statusCode, responseParameters: { ...current.responseParameters }, responseTemplates: { ...current.responseTemplates } };
  return applyPatch(next, operations, TABLE);
}
