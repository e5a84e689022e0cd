import { createHash } from 'node:crypto';
import type { Snapshot } from './snapshot';

/**
 * JSON with object keys sorted at every level and `undefined` members dropped, so equal content
 * always serialises to equal bytes (and therefore to an equal content hash).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

/** sha256 hex of the canonical JSON. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/**
 * The snapshot's content hash: `contentHash` of the snapshot without `hash` itself. The compiler
 * stamps it and the stores verify it, both through this one function so they cannot drift apart.
 */
export function snapshotContentHash(snapshot: Snapshot): string {
  const { hash: _hash, ...content } = snapshot;
  return contentHash(content);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : sortKeys(item)));
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const member = (value as Record<string, unknown>)[key];
    if (member !== undefined) sorted[key] = sortKeys(member);
  }
  return sorted;
}
