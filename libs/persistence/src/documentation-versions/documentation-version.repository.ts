import type { DataSource, Repository } from 'typeorm';
import { DocumentationPartEntity } from '../documentation-parts/documentation-part.entity';
import { tenantColumns as tenant } from '../tenant-columns';
import type { TenantScope } from '../tenant-scope';
import { DocumentationVersionEntity } from './documentation-version.entity';

/** Documentation versions of an account's REST APIs; every call is scoped by account and region. */
export class DocumentationVersionRepository {
  private readonly repo: Repository<DocumentationVersionEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.repo = dataSource.getRepository(DocumentationVersionEntity);
  }

  /** Freezes the API's current parts under `version`, in one transaction; null when the version exists. */
  create(scope: TenantScope, restApiId: string, version: string, description: string | null): Promise<DocumentationVersionEntity | null> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const parts = await manager.find(DocumentationPartEntity, { where: { ...tenant(scope), restApiId }, order: { createdDate: 'ASC', id: 'ASC' } });
      const frozen = parts.map((p) => ({ id: p.id, location: p.location, properties: p.properties }));
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(DocumentationVersionEntity)
        .values({ ...tenant(scope), restApiId, version, description, parts: frozen })
        .orIgnore()
        .returning('version')
        .execute();
      if ((result.raw as unknown[]).length === 0) return null;
      return manager.findOneByOrFail(DocumentationVersionEntity, { ...tenant(scope), restApiId, version });
    });
  }

  find(scope: TenantScope, restApiId: string, version: string): Promise<DocumentationVersionEntity | null> {
    return this.repo.findOneBy({ ...tenant(scope), restApiId, version });
  }

  listAll(scope: TenantScope, restApiId: string): Promise<DocumentationVersionEntity[]> {
    return this.repo.find({ where: { ...tenant(scope), restApiId }, order: { createdDate: 'ASC', version: 'ASC' } });
  }

  async updateDescription(scope: TenantScope, restApiId: string, version: string, description: string | null): Promise<boolean> {
    const result = await this.repo.update({ ...tenant(scope), restApiId, version }, { description });
    return (result.affected ?? 0) > 0;
  }

  async delete(scope: TenantScope, restApiId: string, version: string): Promise<boolean> {
    const result = await this.repo.delete({ ...tenant(scope), restApiId, version });
    return (result.affected ?? 0) > 0;
  }
}
