import { createHash } from 'node:crypto';
import type { Snapshot } from '@tollgate/model';

/**
 * The snapshot's content hash: sha256 hex of its canonical JSON (keys sorted at every level, undefined
 * members dropped) without `hash` itself. Must agree with the snapshot compiler's `contentHash`.
 */
export function snapshotContentHash(snapshot: Snapshot): string {
  const { hash: _hash, ...content } = snapshot;
  return createHash('sha256').update(JSON.stringify(sortKeys(content))).digest('hex');
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
