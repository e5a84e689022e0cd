import type { AccountSettingsValues } from '@tollgate/persistence';
import { invalidPatchPath, type PatchOperation, patchValue } from '../common/patch-operations';
import { AccountError } from './account.error';

const PATHS = ['/cloudwatchRoleArn', '/throttle/burstLimit', '/throttle/rateLimit', '/features'];
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;

/** Applies UpdateAccount's patchOperations to the current settings (pure). */
export function applyAccountPatch(current: AccountSettingsValues, operations: readonly PatchOperation[]): AccountSettingsValues {
  const next: AccountSettingsValues = { ...current, features: [...current.features] };
  const fail = AccountError.invalid;
  for (const op of operations) {
    // `/throttleSettings/...` is accepted too: it is the field's name in the Account shape.
    const path = op.path.replace(/^\/throttleSettings\//, '/throttle/');
    if (path === '/cloudwatchRoleArn' && (op.op === 'replace' || op.op === 'remove')) {
      const value = op.op === 'remove' ? '' : patchValue(op, fail);
      if (value !== '' && !ROLE_ARN.test(value)) throw fail(`The role ARN is not well formed: ${value}`);
      next.cloudwatchRoleArn = value === '' ? null : value;
    } else if (path === '/throttle/burstLimit' && op.op === 'replace') {
      const value = patchValue(op, fail);
      if (!/^\d+$/.test(value)) throw fail(`Invalid value for '/throttle/burstLimit': ${value}. Must be a non-negative integer`);
      next.throttleBurstLimit = Number(value);
    } else if (path === '/throttle/rateLimit' && op.op === 'replace') {
      const value = patchValue(op, fail);
      const rate = Number(value);
      if (value.trim() === '' || !Number.isFinite(rate) || rate < 0) throw fail(`Invalid value for '/throttle/rateLimit': ${value}. Must be a non-negative number`);
      next.throttleRateLimit = rate;
    } else if (path === '/features' && (op.op === 'add' || op.op === 'remove')) {
      const value = patchValue(op, fail);
      next.features = op.op === 'add' ? [...new Set([...next.features, value])] : next.features.filter((f) => f !== value);
    } else {
      throw invalidPatchPath(op, PATHS, fail);
    }
  }
  return next;
}
