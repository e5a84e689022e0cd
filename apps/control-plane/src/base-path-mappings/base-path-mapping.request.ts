import type { BasePathMappingValues } from '@tollgate/persistence';
import { asBody, optionalString } from '../common/body-fields';
import { applyPatch, type PatchRule, type PatchTable } from '../common/patch/patch-table';
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

/** replace, add and remove of one field; remove passes no value. */
function anyOp(path: string, write: (m: BasePathMappingValues, value: string | undefined) => void): PatchRule<BasePathMappingValues> {
  return { path, replace: (m, c) => write(m, c.value), add: (m, c) => write(m, c.value), remove: (m) => write(m, undefined) };
}

const setRestApiId = (m: BasePathMappingValues, value: string | undefined): void => {
  if (!value) throw new BasePathMappingsError(BasePathMappingsErrorCode.InvalidRestApi);
  m.restApiId = value;
};

const TABLE: PatchTable<BasePathMappingValues> = {
  fail,
  invalidPath: (operation) => invalidPatchPath(operation, PATHS, fail),
  rules: [
    anyOp('/basePath', (m, value) => { m.basePath = toStoredBasePath(value); }),
    // AWS spells it `/restapiId`; the field's own spelling is accepted too.
    anyOp('/restapiId', setRestApiId),
    anyOp('/restApiId', setRestApiId),
    anyOp('/stage', (m, value) => { m.stage = value === undefined || value === '' ? null : value; }),
  ],
};

/** UpdateBasePathMapping: replace `/basePath`, `/restapiId` (AWS's spelling) or `/stage`. */
export function applyBasePathMappingPatch(raw: unknown, current: BasePathMappingValues): BasePathMappingValues {
  return applyPatch({ ...current }, parsePatchOperations(raw, fail), TABLE);
}
