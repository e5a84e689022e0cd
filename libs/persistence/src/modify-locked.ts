import type { DataSource, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';

/**
 * Read-modify-write of one row under `SELECT ... FOR UPDATE`, so concurrent patch updates of the same row
 * apply one after the other instead of losing each other's changes. `change` may throw to abort (nothing
 * is written). Returns the row as saved, or null when it does not exist.
 */
export function modifyLocked<E extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<E>,
  where: FindOptionsWhere<E>,
  change: (row: E) => Promise<void> | void,
): Promise<E | null> {
  return dataSource.transaction(async (manager) => {
    const repo = manager.getRepository(entity);
    const row = await repo.findOne({ where, lock: { mode: 'pessimistic_write' } });
    if (!row) return null;
    await change(row);
    return repo.save(row);
  });
}
