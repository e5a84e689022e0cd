import type { AuthorizerValues } from '@tollgate/persistence';
import { invalidPatchPath, type PatchOperation, patchValue } from '../common/patch-operations';
import { checkAuthorizer } from './authorizer-rules';
import { AuthorizersError } from './authorizers.error';

type TextField = 'name' | 'type' | 'authType' | 'authorizerUri' | 'authorizerCredentials' | 'identitySource' | 'identityValidationExpression';
const TEXT_FIELDS: TextField[] = ['name', 'type', 'authType', 'authorizerUri', 'authorizerCredentials', 'identitySource', 'identityValidationExpression'];
const PATHS = [...TEXT_FIELDS.map((f) => `/${f}`), '/authorizerResultTtlInSeconds', '/providerARNs'];
const NULLABLE: ReadonlySet<string> = new Set(['authType', 'authorizerUri', 'authorizerCredentials', 'identitySource', 'identityValidationExpression']);

/** Applies UpdateAuthorizer's patchOperations to the stored values and re-checks the whole (pure). */
export function applyAuthorizerPatch(current: AuthorizerValues, operations: readonly PatchOperation[]): AuthorizerValues {
  const fail = AuthorizersError.invalid;
  const next: AuthorizerValues = { ...current, providerArns: current.providerArns && [...current.providerArns] };
  for (const operation of operations) {
    const field = operation.path.slice(1);
    if (operation.path === '/providerARNs' || operation.path.startsWith('/providerARNs/')) {
      const arn = operation.path.length > '/providerARNs/'.length ? operation.path.slice('/providerARNs/'.length) : patchValue(operation, fail);
      const arns = new Set(next.providerArns ?? []);
      if (operation.op === 'add') arns.add(arn);
      else if (operation.op === 'remove') arns.delete(arn);
      else throw invalidPatchPath(operation, PATHS, fail);
      next.providerArns = [...arns];
    } else if (operation.path === '/authorizerResultTtlInSeconds' && operation.op === 'replace') {
      const value = patchValue(operation, fail);
      if (!/^\d+$/.test(value)) throw fail(`Invalid authorizer result TTL specified: ${value}`);
      next.authorizerResultTtlInSeconds = Number(value);
    } else if ((TEXT_FIELDS as string[]).includes(field) && operation.op === 'replace') {
      const value = patchValue(operation, fail);
      if (value.includes('\u0000')) throw fail(`Invalid value for '${operation.path}': the NUL character is not allowed`);
      if (field === 'name' || field === 'type') next[field] = value;
      else next[field as Exclude<TextField, 'name' | 'type'>] = value === '' ? null : value;
    } else if (NULLABLE.has(field) && operation.op === 'remove') {
      next[field as Exclude<TextField, 'name' | 'type'>] = null;
    } else {
      throw invalidPatchPath(operation, PATHS, fail);
    }
  }
  return checkAuthorizer(next);
}
