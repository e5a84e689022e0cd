import type { DataSource, EntityManager, Repository } from 'typeorm';
import { newId } from '../ids';
import { ApiChildTable } from '../api-child-table';
import type { Page, PageRequest } from '../page';
import { tenantColumns as tenant } from '../tenant-columns';
import type { TenantScope } from '../tenant-scope';
import { DEFAULT_MODELS } from './default-models';
import { ModelEntity } from './model.entity';

export type ModelValues = Pick<ModelEntity, 'name' | 'description' | 'contentType' | 'schema'>;
export type ModelChanges = Partial<Pick<ModelEntity, 'description' | 'schema'>>;

/** Models of an account's REST APIs; every call is scoped by account and region. */
export class ModelRepository {
  private readonly repo: Repository<ModelEntity>;
  private readonly table: ApiChildTable<ModelEntity>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(ModelEntity);
    this.table = new ApiChildTable(this.repo, 'm');
  }

  /** Inserts unless the name is taken in this API; null means it was. */
  async create(scope: TenantScope, restApiId: string, values: ModelValues): Promise<ModelEntity | null> {
    const id = newId();
    const result = await this.repo
      .createQueryBuilder()
      .insert()
      .values({ ...values, ...tenant(scope), restApiId, id })
      .orIgnore()
      .returning('id')
      .execute();
    if ((result.raw as unknown[]).length === 0) return null;
    return this.repo.findOneByOrFail({ id });
  }

  findByName(scope: TenantScope, restApiId: string, name: string): Promise<ModelEntity | null> {
    return this.repo.findOneBy({ ...tenant(scope), restApiId, name });
  }

  listAll(scope: TenantScope, restApiId: string): Promise<ModelEntity[]> {
    return this.table.listAll(scope, restApiId);
  }

  list(scope: TenantScope, restApiId: string, page: PageRequest): Promise<Page<ModelEntity>> {
    return this.table.list(scope, restApiId, page);
  }

  async update(scope: TenantScope, restApiId: string, name: string, changes: ModelChanges): Promise<boolean> {
    if (Object.keys(changes).length === 0) return this.repo.existsBy({ ...tenant(scope), restApiId, name });
    const result = await this.repo.update({ ...tenant(scope), restApiId, name }, changes);
    return (result.affected ?? 0) > 0;
  }

  async delete(scope: TenantScope, restApiId: string, name: string): Promise<boolean> {
    const result = await this.repo.delete({ ...tenant(scope), restApiId, name });
    return (result.affected ?? 0) > 0;
  }
}

/** Adds AWS's default models to a new REST API, inside the transaction that creates it. */
export async function insertDefaultModels(manager: EntityManager, scope: TenantScope, restApiId: string): Promise<void> {
  await manager.insert(ModelEntity, DEFAULT_MODELS.map((model) => ({ ...model, ...tenant(scope), restApiId, id: newId() })));
}
