import type { DataSource, Repository } from 'typeorm';
import { newId } from '../ids';
import { insertDefaultModels } from '../models/model.repository';
import { modifyLocked } from '../modify-locked';
import { keysetPage } from '../keyset-page';
import type { Page, PageRequest } from '../page';
import { ResourceEntity } from '../resources/resource.entity';
import type { TenantScope } from '../tenant-scope';
import { RestApiEntity } from './rest-api.entity';

export type RestApiValues = Omit<RestApiEntity, 'id' | 'accountId' | 'region' | 'rootResourceId' | 'createdDate'>;

/** REST APIs of one account and region. */
export class RestApiRepository {
  private readonly repo: Repository<RestApiEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.repo = dataSource.getRepository(RestApiEntity);
  }

  /** Creates the API, its root resource `/` and AWS's default models (Empty, Error) in one transaction. */
  async createWithRoot(scope: TenantScope, values: RestApiValues): Promise<RestApiEntity> {
    const id = newId();
    const rootResourceId = newId();
    const tenant = { accountId: scope.accountId, region: scope.region };
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(RestApiEntity, { ...values, ...tenant, id, rootResourceId });
      await manager.insert(ResourceEntity, { ...tenant, id: rootResourceId, restApiId: id, parentId: null, pathPart: null, path: '/' });
      await insertDefaultModels(manager, scope, id);
    });
    const created = await this.find(scope, id);
    if (!created) throw new Error(`REST API ${id} vanished after creation`);
    return created;
  }

  find(scope: TenantScope, id: string): Promise<RestApiEntity | null> {
    return this.repo.findOneBy({ id, accountId: scope.accountId, region: scope.region });
  }

  exists(scope: TenantScope, id: string): Promise<boolean> {
    return this.repo.existsBy({ id, accountId: scope.accountId, region: scope.region });
  }

  list(scope: TenantScope, page: PageRequest): Promise<Page<RestApiEntity>> {
    const query = this.repo
      .createQueryBuilder('api')
      .where('api.account_id = :accountId AND api.region = :region', { accountId: scope.accountId, region: scope.region });
    return keysetPage(query, page);
  }

  /** UpdateRestApi: `change` edits the locked row; null when the API does not exist. */
  modify(scope: TenantScope, id: string, change: (api: RestApiEntity) => Promise<void> | void): Promise<RestApiEntity | null> {
    return modifyLocked(this.dataSource, RestApiEntity, { id, accountId: scope.accountId, region: scope.region }, change);
  }

  async update(scope: TenantScope, id: string, values: Partial<RestApiValues>): Promise<boolean> {
    const result = await this.repo.update({ id, accountId: scope.accountId, region: scope.region }, values);
    return (result.affected ?? 0) > 0;
  }

  /** Deletes the API; resources and everything below go with it (ON DELETE CASCADE). */
  async delete(scope: TenantScope, id: string): Promise<boolean> {
    const result = await this.repo.delete({ id, accountId: scope.accountId, region: scope.region });
    return (result.affected ?? 0) > 0;
  }
}
