import type { DataSource, Repository } from 'typeorm';
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

  constructor(private readonly dataSource: DataSource) {
    this.repo = dataSource.getRepository(DocumentationPartEntity);
  }

  /** Inserts unless the location already has a part; null means it had. */
  async create(scope: TenantScope, restApiId: string, values: DocumentationPartValues): Promise<DocumentationPartEntity | null> {
    const id = newId();
    const result = await this.repo.createQueryBuilder().insert().values({ ...values, ...tenant(scope), restApiId, id }).orIgnore().returning('id').execute();
    if ((result.raw as unknown[]).length === 0) return null;
    return this.repo.findOneByOrFail({ id });
  }

  find(scope: TenantScope, restApiId: string, id: string): Promise<DocumentationPartEntity | null> {
    return this.repo.findOneBy({ ...tenant(scope), restApiId, id });
  }

  /** All parts, oldest first (lists are filtered in memory: an API has at most a few thousand). */
  listAll(scope: TenantScope, restApiId: string): Promise<DocumentationPartEntity[]> {
    return this.repo.find({ where: { ...tenant(scope), restApiId }, order: { createdDate: 'ASC', id: 'ASC' } });
  }

  async updateProperties(scope: TenantScope, restApiId: string, id: string, properties: string): Promise<boolean> {
    const result = await this.repo.update({ ...tenant(scope), restApiId, id }, { properties });
    return (result.affected ?? 0) > 0;
  }

  async delete(scope: TenantScope, restApiId: string, id: string): Promise<boolean> {
    const result = await this.repo.delete({ ...tenant(scope), restApiId, id });
    return (result.affected ?? 0) > 0;
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
