import { isDeepStrictEqual } from 'node:util';
import type { StageRecord } from '@tollgate/model';

/** Parses a Redis value; undefined when it is absent or not JSON (both mean "not what Postgres says"). */
export function parseRecord(raw: string | null): unknown {
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Whether the stored stage record is the one Postgres describes. Every stage change bumps updatedAt, so the
 * pointer fields and the timestamp are enough (cheap, and independent of jsonb key order).
 */
export function stageRecordMatches(expected: StageRecord, raw: string | null): boolean {
  const observed = parseRecord(raw) as Partial<StageRecord> | undefined;
  if (typeof observed !== 'object' || observed === null) return false;
  return observed.schemaVersion === expected.schemaVersion
    && observed.deploymentId === expected.deploymentId
    && observed.updatedAt === expected.updatedAt
    && isDeepStrictEqual(observed.canarySettings ?? null, jsonCopy(expected.canarySettings ?? null));
}

/** Whether a stored key/plan/account record equals the expected one (key order ignored). */
export function recordMatches(expected: object | null, raw: string | null): boolean {
  if (expected === null) return raw === null;
  return isDeepStrictEqual(parseRecord(raw), jsonCopy(expected));
}

/** What the record looks like once it has been through JSON (undefined fields dropped). */
function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The ids a stored record names, when it names them as strings. */
export function stringFields<F extends string>(raw: string | null, names: readonly F[]): Record<F, string> | undefined {
  const record = parseRecord(raw);
  if (typeof record !== 'object' || record === null) return undefined;
  const values = record as Record<string, unknown>;
  return names.every((name) => typeof values[name] === 'string' && values[name] !== '')
    ? (Object.fromEntries(names.map((name) => [name, values[name]])) as Record<F, string>)
    : undefined;
}
