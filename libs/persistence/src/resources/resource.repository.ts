import { type DataSource, QueryFailedError, type Repository } from 'typeorm';
import { newId } from '../ids';
import { keysetPage } from '../keyset-page';
import type { Page, PageRequest } from '../page';
import type { TenantScope } from '../tenant-scope';
import { ResourceEntity } from './resource.entity';

const UNIQUE_VIOLATION = '23505';

export interface NewResource {
  restApiId: string;
  parentId: string;
  pathPart: string;
  path: string;
}

/** Where UpdateResource puts a resource: its new parent, path part and full path. */
export interface ResourceRelocation {
  parentId: string;
  pathPart: string;
  path: string;
}

/** Resources (path tree nodes) of one account's REST APIs. */
export class ResourceRepository {
  private readonly repo: Repository<ResourceEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.repo = dataSource.getRepository(ResourceEntity);
  }

  find(scope: TenantScope, restApiId: string, id: string): Promise<ResourceEntity | null> {
    return this.repo.findOneBy({ id, restApiId, accountId: scope.accountId, region: scope.region });
  }

  list(scope: TenantScope, restApiId: string, page: PageRequest): Promise<Page<ResourceEntity>> {
    const query = this.repo
      .createQueryBuilder('r')
      .where('r.rest_api_id = :restApiId AND r.account_id = :accountId AND r.region = :region', { restApiId, accountId: scope.accountId, region: scope.region });
    return keysetPage(query, page);
  }

  /** Every resource of the API (deployments compile the whole tree). */
  listAll(scope: TenantScope, restApiId: string): Promise<ResourceEntity[]> {
    return this.repo.find({ where: { restApiId, accountId: scope.accountId, region: scope.region }, order: { createdDate: 'ASC', id: 'ASC' } });
  }

  listChildren(scope: TenantScope, restApiId: string, parentId: string): Promise<ResourceEntity[]> {
    return this.repo.find({ where: { restApiId, parentId, accountId: scope.accountId, region: scope.region }, order: { createdDate: 'ASC', id: 'ASC' } });
  }

  /** Inserts a child resource; null when a sibling with the same path part won a concurrent race. */
  async insert(scope: TenantScope, values: NewResource): Promise<ResourceEntity | null> {
    const id = newId();
    try {
      await this.repo.insert({ ...values, id, accountId: scope.accountId, region: scope.region });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) return null;
      throw error;
    }
    return this.find(scope, values.restApiId, id);
  }

  /** Deletes the resource and its whole subtree (ON DELETE CASCADE on parent_id). */
  /**
   * UpdateResource: gives the resource a new parent and/or path part and rewrites the stored path of it and
   * its whole subtree in one transaction. Null when the resource is gone or a sibling took the same path part
   * concurrently (unique index).
   */
  async relocate(scope: TenantScope, restApiId: string, id: string, change: ResourceRelocation): Promise<ResourceEntity | null> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const repo = manager.getRepository(ResourceEntity);
        const where = { id, restApiId, accountId: scope.accountId, region: scope.region };
        const current = await repo.findOne({ where, lock: { mode: 'pessimistic_write' } });
        if (!current) return null;
        await repo.update(where, { parentId: change.parentId, pathPart: change.pathPart, path: change.path });
        // Descendants: swap the old path prefix for the new one (no LIKE: `_` is legal in path parts).
        await manager.query(
          `UPDATE resources SET path = $1 || substr(path, length($2) + 1)
            WHERE account_id = $3 AND region = $4 AND rest_api_id = $5 AND left(path, length($2) + 1) = $2 || '/'`,
          [change.path, current.path, scope.accountId, scope.region, restApiId],
        );
        return repo.findOneByOrFail(where);
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) return null;
      throw error;
    }
  }

  async delete(scope: TenantScope, restApiId: string, id: string): Promise<boolean> {
    const result = await this.repo.delete({ id, restApiId, accountId: scope.accountId, region: scope.region });
    return (result.affected ?? 0) > 0;
  }
}
