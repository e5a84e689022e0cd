import type { BasePathMappingValues } from '@tollgate/persistence';
import { asBody, optionalString } from '../common/body-fields';
import { invalidPatchPath, parsePatchOperations } from '../common/patch-operations';
import { NONE_BASE_PATH } from './base-path-mapping.mapper';
import { BasePathMappingsError, BasePathMappingsErrorCode } from './base-path-mappings.error';

const fail = (message: string): Error => BasePathMappingsError.invalid(message);
const BASE_PATH = /^[A-Za-z0-9._~$!'()*+,;=:@-]{1,1024}$/;

/** A base path as given on the wire (`(none)` or empty = the root) to the stored form (empty string). */
export function toStoredBasePath(value: string | undefined): string {
  if (value === undefined || value === '' || value === NONE_BASE_PATH) return '';
  if (value.includes('/')) {
    throw fail("API Gateway V1 doesn't support the slash character (/) in base path mappings. To create a multi-level base path mapping, use API Gateway V2.");
  }
  if (!BASE_PATH.test(value)) throw fail(`Invalid base path specified: ${value}`);
  return value;
}

export function parseCreateBasePathMappingRequest(raw: unknown): BasePathMappingValues {
  const body = asBody(raw, fail);
  const restApiId = optionalString(body, 'restApiId', fail);
  if (!restApiId) throw new BasePathMappingsError(BasePathMappingsErrorCode.InvalidRestApi);
  const stage = optionalString(body, 'stage', fail);
  return { basePath: toStoredBasePath(optionalString(body, 'basePath', fail)), restApiId, stage: stage === undefined || stage === '' ? null : stage };
}

const PATHS = ['/basePath', '/restapiId', '/stage'];

/** UpdateBasePathMapping: replace `/basePath`, `/restapiId` (AWS's spelling) or `/stage`. */
export function applyBasePathMappingPatch(raw: unknown, current: BasePathMappingValues): BasePathMappingValues {
  const next = { ...current };
  for (const operation of parsePatchOperations(raw, fail)) {
    const path = operation.path === '/restApiId' ? '/restapiId' : operation.path;
    if (!PATHS.includes(path) || !['replace', 'add', 'remove'].includes(operation.op)) throw invalidPatchPath(operation, PATHS, fail);
    const value = operation.op === 'remove' ? undefined : operation.value;
    if (path === '/basePath') next.basePath = toStoredBasePath(value);
    else if (path === '/stage') next.stage = value === undefined || value === '' ? null : value;
    else if (!value) throw new BasePathMappingsError(BasePathMappingsErrorCode.InvalidRestApi);
    else next.restApiId = value;
  }
  return next;
}
