import type { GatewayResponseValues } from '@tollgate/persistence';
import { invalidPatchPath, type PatchOperation, patchValue, unescapePathSegment } from '../common/patch-operations';
import { checkResponseParameter, checkStatusCode, checkTemplate } from './gateway-response-fields';
import { GatewayResponsesError } from './gateway-responses.error';

const PATHS = ['/statusCode', '/responseParameters/{name}', '/responseTemplates/{contentType}'];

/** Applies UpdateGatewayResponse's patchOperations to the current values (stored or default); pure. */
export function applyGatewayResponsePatch(current: GatewayResponseValues, operations: readonly PatchOperation[]): GatewayResponseValues {
  const fail = GatewayResponsesError.invalid;
  const next: GatewayResponseValues = { statusCode: current.statusCode, responseParameters: { ...current.responseParameters }, responseTemplates: { ...current.responseTemplates } };
  for (const operation of operations) {
    const [, field, ...rest] = operation.path.split('/');
    const key = unescapePathSegment(rest.join('/'));
    const editsMap = (field === 'responseParameters' || field === 'responseTemplates') && key !== '';
    if (field === 'statusCode' && rest.length === 0) {
      if (operation.op === 'replace' || operation.op === 'add') next.statusCode = checkStatusCode(patchValue(operation, fail));
      else if (operation.op === 'remove') next.statusCode = null;
      else throw invalidPatchPath(operation, PATHS, fail);
    } else if (editsMap && (operation.op === 'add' || operation.op === 'replace')) {
      const value = patchValue(operation, fail);
      if (field === 'responseParameters') {
        checkResponseParameter(key, value);
        next.responseParameters[key] = value;
      } else {
        checkTemplate(key, value);
        next.responseTemplates[key] = value;
      }
    } else if (editsMap && operation.op === 'remove') {
      if (field === 'responseParameters') delete next.responseParameters[key];
      else delete next.responseTemplates[key];
    } else {
      throw invalidPatchPath(operation, PATHS, fail);
    }
  }
  return next;
}
