/** Keyset pagination over (created_date, id): stable under inserts and deletes. */
export interface PageCursor {
  readonly createdDate: Date;
  readonly id: string;
}

export interface PageRequest {
  readonly limit: number;
  readonly after?: PageCursor;
}

export interface Page<T> {
  readonly items: T[];
  /** Present when more items follow; the next page starts after it. */
  readonly next?: PageCursor;
}

/** Callers fetch `limit + 1` rows; this trims the extra one and turns it into the next cursor. */
export function toPage<T extends { createdDate: Date; id: string }>(rows: T[], limit: number): Page<T> {
  if (rows.length <= limit) return { items: rows };
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, next: { createdDate: last.createdDate, id: last.id } };
}
