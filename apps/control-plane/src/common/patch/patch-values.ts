import type { PatchContext } from './patch-table';

/**
 * Typed reads of a patch operation's value (always a string on the wire). Each error names the path,
 * so a bad value is a clear BadRequestException.
 */
export function stringValue(context: PatchContext, maxLength?: number): string {
  const value = context.required();
  if (maxLength !== undefined && value.length > maxLength) throw invalidValue(context, `at most ${maxLength} characters are allowed`);
  if (value.includes('\u0000')) throw invalidValue(context, 'the NUL character is not allowed');
  return value;
}

/** An optional string: absent or empty clears the field (AWS's replace-with-nothing). */
export function optionalStringValue(context: PatchContext, maxLength?: number): string | null {
  if (context.value === undefined || context.value === '') return null;
  return stringValue(context, maxLength);
}

export function booleanValue(context: PatchContext): boolean {
  const value = context.required().toLowerCase();
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw invalidValue(context, 'expected true or false');
}

export function integerValue(context: PatchContext, min: number, max: number): number {
  const raw = context.required().trim();
  const value = /^-?\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) throw invalidValue(context, `expected an integer between ${min} and ${max}`);
  return value;
}

export function numberValue(context: PatchContext, min: number, max: number): number {
  const raw = context.required().trim();
  const value = raw === '' ? NaN : Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) throw invalidValue(context, `expected a number between ${min} and ${max}`);
  return value;
}

export function enumValue<E extends string>(context: PatchContext, allowed: readonly E[]): E {
  const value = context.required();
  if (!(allowed as readonly string[]).includes(value)) throw invalidValue(context, `valid values are ${allowed.join(', ')}`);
  return value as E;
}

export function invalidValue(context: PatchContext, reason: string): Error {
  return context.fail(`Invalid value '${context.value ?? ''}' specified for op '${context.operation.op}' on '${context.operation.path}': ${reason}`);
}
