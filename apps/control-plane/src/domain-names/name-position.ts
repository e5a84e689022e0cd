import { parsePageQuery } from '../common/pagination';
import { RequestError, RequestErrorCode } from '../common/request.error';

/**
 * Paging for collections keyed by a name rather than a generated id (domain names, base paths): the
 * opaque `position` is the last name of the previous page.
 */
export function parseNamePageQuery(limit: string | undefined, position: string | undefined): { limit: number; after?: string } {
  const page = parsePageQuery(limit, undefined);
  if (!position) return { limit: page.limit };
  const after = Buffer.from(position, 'base64url').toString('utf8');
  if (after === '' || Buffer.from(after, 'utf8').toString('base64url') !== position) {
    throw new RequestError(RequestErrorCode.InvalidParameter, 'Invalid pagination token');
  }
  return { limit: page.limit, after };
}

/** Trims the extra row fetched to detect a next page and answers AWS's list shape. */
export function toNamePage<E, T>(rows: E[], limit: number, name: (row: E) => string, map: (row: E) => T): { item: T[]; position?: string } {
  if (rows.length <= limit) return { item: rows.map(map) };
  const items = rows.slice(0, limit);
  return { item: items.map(map), position: Buffer.from(name(items[items.length - 1]), 'utf8').toString('base64url') };
}
