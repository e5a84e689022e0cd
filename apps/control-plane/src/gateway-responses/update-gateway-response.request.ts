import type { GatewayResponseValues } from '@tollgate/persistence';
import { type PatchOperation, unescapePathSegment } from '../common/patch-operations';
import { checkResponseParameter, checkStatusCode, checkTemplate } from './gateway-response-fields';
import { GatewayResponsesError, GatewayResponsesErrorCode } from './gateway-responses.error';

type MapField = 'responseParameters' | 'responseTemplates';

/**
 * Applies UpdateGatewayResponse's patchOperations to the current values (stored or default); pure.
 * AWS: `/statusCode` takes replace only; the maps take add, replace (of an existing key) and remove.
 */
export function applyGatewayResponsePatch(current: GatewayResponseValues, operations: readonly PatchOperation[]): GatewayResponseValues {
  const fail = GatewayResponsesError.invalid;
  const next: GatewayResponseValues = { statusCode: current.statusCode, responseParameters: { ...current.responseParameters }, responseTemplates: { ...current.responseTemplates } };
  for (const operation of operations) {
    const invalidPath = () => fail(`Invalid patch path ${operation.path}`);
    const [, field, ...rest] = operation.path.split('/');
    if (field === 'statusCode' && rest.length === 0) {
      if (operation.op !== 'replace') throw invalidPath();
      next.statusCode = checkStatusCode(requiredValue(operation, 'statusCode'));
      continue;
    }
    if ((field !== 'responseParameters' && field !== 'responseTemplates') || rest.length === 0) throw invalidPath();
    const map = next[field as MapField];
    const key = unescapePathSegment(rest.join('/'));
    if (key === '') throw invalidPath();
    if (operation.op === 'remove') {
      delete map[key];
    } else if (operation.op === 'add' || operation.op === 'replace') {
      if (operation.op === 'replace' && !(key in map)) {
        throw new GatewayResponsesError(GatewayResponsesErrorCode.ParameterNotFound, 'Invalid parameter name specified');
      }
      const value = requiredValue(operation, field);
      if (field === 'responseParameters') checkResponseParameter(key, value);
      else checkTemplate(key, value);
      map[key] = value;
    } else {
      throw invalidPath();
    }
  }
  return next;
}

function requiredValue(operation: PatchOperation, field: string): string {
  if (operation.value === undefined || operation.value === '') throw GatewayResponsesError.invalid(`Invalid null or empty value in ${field}`);
  return operation.value;
}
