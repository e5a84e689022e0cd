import type { DataSource, Repository } from 'typeorm';
import { ApiChildTable } from '../api-child-table';
import { newId } from '../ids';
import { tenantColumns as tenant } from '../tenant-columns';
import type { TenantScope } from '../tenant-scope';
import { type DocumentationLocationValue, DocumentationPartEntity } from './documentation-part.entity';

export interface DocumentationPartValues {
  location: DocumentationLocationValue;
  locationKey: string;
  properties: string;
}

/** Documentation parts of an account's REST APIs; every call is scoped by account and region. */
export class DocumentationPartRepository {
  private readonly repo: Repository<DocumentationPartEntity>;
  private readonly table: ApiChildTable<DocumentationPartEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.repo = dataSource.getRepository(DocumentationPartEntity);
    this.table = new ApiChildTable(this.repo, 'p');
  }

  /** Inserts unless the location already has a part; null means it had. */
  async create(scope: TenantScope, restApiId: string, values: DocumentationPartValues): Promise<DocumentationPartEntity | null> {
    const id = newId();
    const result = await this.repo.createQueryBuilder().insert().values({ ...values, ...tenant(scope), restApiId, id }).orIgnore().returning('id').execute();
    if ((result.raw as unknown[]).length === 0) return null;
    return this.repo.findOneByOrFail({ id });
  }

  find(scope: TenantScope, restApiId: string, id: string): Promise<DocumentationPartEntity | null> {
    return this.table.find(scope, restApiId, id);
  }

  /** All parts, oldest first (lists are filtered in memory: an API has at most a few thousand). */
  listAll(scope: TenantScope, restApiId: string): Promise<DocumentationPartEntity[]> {
    return this.table.listAll(scope, restApiId);
  }

  updateProperties(scope: TenantScope, restApiId: string, id: string, properties: string): Promise<boolean> {
    return this.table.update(scope, restApiId, id, { properties });
  }

  delete(scope: TenantScope, restApiId: string, id: string): Promise<boolean> {
    return this.table.delete(scope, restApiId, id);
  }

  /**
   * ImportDocumentationParts in one transaction: `overwrite` drops every existing part first; `merge`
   * replaces the properties of parts at the same location. Returns the ids of the imported parts.
   */
  importParts(scope: TenantScope, restApiId: string, parts: DocumentationPartValues[], overwrite: boolean): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      if (overwrite) await manager.delete(DocumentationPartEntity, { ...tenant(scope), restApiId });
      const ids: string[] = [];
      for (const part of parts) {
        const existing = overwrite ? null : await manager.findOneBy(DocumentationPartEntity, { ...tenant(scope), restApiId, locationKey: part.locationKey });
        if (existing) {
          await manager.update(DocumentationPartEntity, { id: existing.id }, { properties: part.properties });
          ids.push(existing.id);
        } else {
          const id = newId();
          await manager.insert(DocumentationPartEntity, { ...part, ...tenant(scope), restApiId, id });
          ids.push(id);
        }
      }
      return ids;
    });
  }
}
