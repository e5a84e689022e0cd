import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { type Page, type PageRequest, toPage } from './page';

/**
 * Runs a filtered query as one keyset page: oldest first over (created_date, id) of the query's main
 * alias, starting after the cursor, fetching one extra row to know whether another page follows.
 */
export async function keysetPage<T extends ObjectLiteral & { createdDate: Date; id: string }>(
  query: SelectQueryBuilder<T>,
  page: PageRequest,
): Promise<Page<T>> {
  const alias = query.alias;
  query.orderBy(`${alias}.created_date`, 'ASC').addOrderBy(`${alias}.id`, 'ASC').take(page.limit + 1);
  if (page.after) {
    query.andWhere(`(${alias}.created_date, ${alias}.id) > (:afterDate, :afterId)`, { afterDate: page.after.createdDate, afterId: page.after.id });
  }
  return toPage(await query.getMany(), page.limit);
}
