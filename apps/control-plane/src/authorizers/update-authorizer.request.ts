import type { AuthorizerValues } from '@tollgate/persistence';
import { applyPatch, type PatchContext, type PatchRule, type PatchTable } from '../common/patch/patch-table';
import { invalidPatchPath, type PatchOperation } from '../common/patch-operations';
import { checkAuthorizer } from './authorizer-rules';
import { AuthorizersError } from './authorizers.error';

type NullableField = 'authType' | 'authorizerUri' | 'authorizerCredentials' | 'identitySource' | 'identityValidationExpression';
const NULLABLE: NullableField[] = ['authType', 'authorizerUri', 'authorizerCredentials', 'identitySource', 'identityValidationExpression'];
const PATHS = ['/name', '/type', ...NULLABLE.map((f) => `/${f}`), '/authorizerResultTtlInSeconds', '/providerARNs'];
const fail = AuthorizersError.invalid;

function text(c: PatchContext): string {
  const value = c.required();
  if (value.includes('\u0000')) throw fail(`Invalid value for '${c.operation.path}': the NUL character is not allowed`);
  return value;
}

function providerArns(arn: (c: PatchContext) => string): Pick<PatchRule<AuthorizerValues>, 'add' | 'remove'> {
  return {
    add: (a, c) => { a.providerArns = [...new Set([...(a.providerArns ?? []), arn(c)])]; },
    remove: (a, c) => {
      const value = arn(c);
      a.providerArns = (a.providerArns ?? []).filter((p) => p !== value);
    },
  };
}

const TABLE: PatchTable<AuthorizerValues> = {
  fail,
  invalidPath: (operation) => invalidPatchPath(operation, PATHS, fail),
  rules: [
    { path: '/name', replace: (a, c) => { a.name = text(c); } },
    { path: '/type', replace: (a, c) => { a.type = text(c); } },
    ...NULLABLE.map((field): PatchRule<AuthorizerValues> => ({
      path: `/${field}`,
      replace: (a, c) => { const value = text(c); a[field] = value === '' ? null : value; },
      remove: (a) => { a[field] = null; },
    })),
    {
      path: '/authorizerResultTtlInSeconds',
      replace: (a, c) => {
        const value = c.required();
        if (!/^\d+$/.test(value)) throw fail(`Invalid authorizer result TTL specified: ${value}`);
        a.authorizerResultTtlInSeconds = Number(value);
      },
    },
    // The ARN as the value, or as the rest of the path (it holds slashes: `.../userpool/{id}`).
    { path: '/providerARNs', ...providerArns((c) => c.required()) },
    { path: '/providerARNs/{arn+}', ...providerArns((c) => c.params.arn) },
  ],
};

/** Applies UpdateAuthorizer's patchOperations to the stored values and re-checks the whole (pure). */
export function applyAuthorizerPatch(current: AuthorizerValues, operations: readonly PatchOperation[]): AuthorizerValues {
  const next = applyPatch({ ...current, providerArns: current.providerArns && [...current.providerArns] }, operations, TABLE);
  return checkAuthorizer(next);
}
