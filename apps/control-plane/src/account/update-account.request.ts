import type { AccountSettingsValues } from '@tollgate/persistence';
import { applyPatch, type PatchRule, type PatchTable } from '../common/patch/patch-table';
import { invalidPatchPath, type PatchOperation } from '../common/patch-operations';
import { AccountError } from './account.error';

const PATHS = ['/cloudwatchRoleArn', '/throttle/burstLimit', '/throttle/rateLimit', '/features'];
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const fail = AccountError.invalid;

function throttleRules(prefix: string): PatchRule<AccountSettingsValues>[] {
  return [
    {
      path: `${prefix}/burstLimit`,
      replace: (a, c) => {
        const value = c.required();
        if (!/^\d+$/.test(value)) throw fail(`Invalid value for '/throttle/burstLimit': ${value}. Must be a non-negative integer`);
        a.throttleBurstLimit = Number(value);
      },
    },
    {
      path: `${prefix}/rateLimit`,
      replace: (a, c) => {
        const value = c.required();
        const rate = Number(value);
        if (value.trim() === '' || !Number.isFinite(rate) || rate < 0) throw fail(`Invalid value for '/throttle/rateLimit': ${value}. Must be a non-negative number`);
        a.throttleRateLimit = rate;
      },
    },
  ];
}

const setRoleArn = (a: AccountSettingsValues, value: string): void => {
  if (value !== '' && !ROLE_ARN.test(value)) throw fail(`The role ARN is not well formed: ${value}`);
  a.cloudwatchRoleArn = value === '' ? null : value;
};

const TABLE: PatchTable<AccountSettingsValues> = {
  fail,
  invalidPath: (operation) => invalidPatchPath(operation, PATHS, fail),
  rules: [
    { path: '/cloudwatchRoleArn', replace: (a, c) => setRoleArn(a, c.required()), remove: (a) => setRoleArn(a, '') },
    ...throttleRules('/throttle'),
    // `/throttleSettings/...` is accepted too: it is the field's name in the Account shape.
    ...throttleRules('/throttleSettings'),
    {
      path: '/features',
      add: (a, c) => { a.features = [...new Set([...a.features, c.required()])]; },
      remove: (a, c) => {
        const value = c.required();
        a.features = a.features.filter((f) => f !== value);
      },
    },
  ],
};

/** Applies UpdateAccount's patchOperations to the current settings (pure). */
export function applyAccountPatch(current: AccountSettingsValues, operations: readonly PatchOperation[]): AccountSettingsValues {
  return applyPatch({ ...current, features: [...current.features] }, operations, TABLE);
}
