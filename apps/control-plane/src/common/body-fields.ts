/**
 * Typed reads of JSON request-body fields. Each reader throws the caller's feature error (via `fail`)
 * with a message naming the field, so bad input is a 400, never a 500.
 */
export type FieldFailure = (message: string) => Error;
export type Body = Record<string, unknown>;

export function asBody(body: unknown, fail: FieldFailure): Body {
  if (body === undefined || body === null || (typeof body === 'object' && Object.keys(body).length === 0)) return {};
  if (typeof body !== 'object' || Array.isArray(body)) throw fail('The request body must be a JSON object');
  return body as Body;
}

/** `maxLength` guards bounded columns, so an over-long value is a 400 rather than a database error. */
export function optionalString(body: Body, field: string, fail: FieldFailure, maxLength?: number): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw fail(`Invalid value for '${field}': expected a string`);
  if (maxLength !== undefined && value.length > maxLength) throw fail(`Invalid value for '${field}': at most ${maxLength} characters are allowed`);
  return storable(value, field, fail);
}

export function optionalBoolean(body: Body, field: string, fail: FieldFailure): boolean | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw fail(`Invalid value for '${field}': expected a boolean`);
  return value;
}

export function optionalNumber(body: Body, field: string, fail: FieldFailure): number | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw fail(`Invalid value for '${field}': expected a number`);
  return value;
}

export function optionalStringMap(body: Body, field: string, fail: FieldFailure): Record<string, string> | undefined {
  return optionalMap(body, field, fail, 'string');
}

export function optionalBooleanMap(body: Body, field: string, fail: FieldFailure): Record<string, boolean> | undefined {
  return optionalMap(body, field, fail, 'boolean');
}

export function optionalStringList(body: Body, field: string, fail: FieldFailure): string[] | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw fail(`Invalid value for '${field}': expected a list of strings`);
  return (value as string[]).map((v) => storable(v, field, fail));
}

export function optionalObject(body: Body, field: string, fail: FieldFailure): Body | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw fail(`Invalid value for '${field}': expected an object`);
  return value as Body;
}

function optionalMap<T extends 'string' | 'boolean'>(body: Body, field: string, fail: FieldFailure, type: T): Record<string, T extends 'string' ? string : boolean> | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value) || Object.values(value).some((v) => typeof v !== type)) {
    throw fail(`Invalid value for '${field}': expected a map of ${type} values`);
  }
  for (const [key, member] of Object.entries(value)) {
    storable(key, field, fail);
    if (typeof member === 'string') storable(member, field, fail);
  }
  return { ...(value as Record<string, T extends 'string' ? string : boolean>) };
}

/** Postgres text and jsonb cannot hold U+0000; refuse it up front instead of failing in the database. */
function storable(value: string, field: string, fail: FieldFailure): string {
  if (value.includes('\u0000')) throw fail(`Invalid value for '${field}': the NUL character is not allowed`);
  return value;
}
