/** A documentation version as paged: versions are unique per API, so (createdDate, version) is a total order. */
export interface PagedVersion {
  readonly createdDate: Date;
  readonly version: string;
}

/**
 * Keyset paging over (createdDate, version) in memory. An offset would skip a version when one on an earlier
 * page is deleted between calls, and repeat one when a version is created; a cursor does neither. Versions
 * compare by UTF-8 bytes, so the order does not depend on the database collation.
 */
export function pageVersions<T extends PagedVersion>(all: readonly T[], limit: number, after?: PagedVersion): { items: T[]; position?: string } {
  const sorted = [...all].sort(compareVersions);
  const rest = after ? sorted.filter((row) => compareVersions(row, after) > 0) : sorted;
  if (rest.length <= limit) return { items: rest };
  const items = rest.slice(0, limit);
  const last = items[items.length - 1];
  return { items, position: Buffer.from(`${last.createdDate.getTime()}.${last.version}`, 'utf8').toString('base64url') };
}

/** The cursor inside a `position` that pageVersions issued; undefined for anything else. */
export function decodeVersionPosition(position: string): PagedVersion | undefined {
  const text = Buffer.from(position, 'base64url').toString('utf8');
  const match = /^(\d{1,15})\.(.+)$/s.exec(text);
  if (!match || Buffer.from(text, 'utf8').toString('base64url') !== position) return undefined;
  return { createdDate: new Date(Number(match[1])), version: match[2] };
}

function compareVersions(a: PagedVersion, b: PagedVersion): number {
  return a.createdDate.getTime() - b.createdDate.getTime() || Buffer.compare(Buffer.from(a.version, 'utf8'), Buffer.from(b.version, 'utf8'));
}
