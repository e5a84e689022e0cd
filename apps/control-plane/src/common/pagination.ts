import type { PageCursor, PageRequest } from '@tollgate/persistence';
import { RequestError, RequestErrorCode } from './request.error';

export const DEFAULT_PAGE_LIMIT = 25;
export const MAX_PAGE_LIMIT = 500;

/** AWS list shape: `{"item": [...], "position"?: "..."}` (SDKs rename `item` to `items`). */
export interface ListResponse<T> {
  item: T[];
  position?: string;
}

/** Reads `limit` (default 25, 1..500) and the opaque `position` token from a list request's query. */
export function parsePageQuery(limit: string | undefined, position: string | undefined): PageRequest {
  let size = DEFAULT_PAGE_LIMIT;
  if (limit !== undefined && limit !== '') {
    size = Number(limit);
    if (!/^\d+$/.test(limit) || size < 1 || size > MAX_PAGE_LIMIT) {
      throw new RequestError(
        RequestErrorCode.InvalidParameter,
        `1 validation error detected: Value '${limit}' at 'limit' failed to satisfy constraint: Member must have value between 1 and ${MAX_PAGE_LIMIT}`,
      );
    }
  }
  return { limit: size, after: position ? decodePosition(position) : undefined };
}

export function encodePosition(cursor: PageCursor | undefined): string | undefined {
  return cursor ? Buffer.from(`${cursor.createdDate.getTime()}.${cursor.id}`, 'utf8').toString('base64url') : undefined;
}

function decodePosition(position: string): PageCursor {
  const match = /^(\d{1,15})\.([a-z0-9]{1,64})$/.exec(Buffer.from(position, 'base64url').toString('utf8'));
  if (!match) throw new RequestError(RequestErrorCode.InvalidParameter, 'Invalid pagination token');
  return { createdDate: new Date(Number(match[1])), id: match[2] };
}

/** Maps a persistence page to the AWS list shape. */
export function toListResponse<E, T>(page: { items: E[]; next?: PageCursor }, map: (entity: E) => T): ListResponse<T> {
  const position = encodePosition(page.next);
  return position ? { item: page.items.map(map), position } : { item: page.items.map(map) };
}
