import type { DataSource } from 'typeorm';
import { ApiChildTable } from '../api-child-table';
import type { Page, PageRequest } from '../page';
import type { TenantScope } from '../tenant-scope';
import { AuthorizerEntity } from './authorizer.entity';

export type AuthorizerValues = Omit<AuthorizerEntity, 'id' | 'accountId' | 'region' | 'restApiId' | 'createdDate'>;

/** Authorizers of an account's REST APIs; every call is scoped by account and region. */
export class AuthorizerRepository {
  private readonly table: ApiChildTable<AuthorizerEntity>;

  constructor(dataSource: DataSource) {
    this.table = new ApiChildTable(dataSource.getRepository(AuthorizerEntity), 'a');
  }

  create(scope: TenantScope, restApiId: string, values: AuthorizerValues): Promise<AuthorizerEntity> {
    return this.table.create(scope, restApiId, values);
  }

  find(scope: TenantScope, restApiId: string, id: string): Promise<AuthorizerEntity | null> {
    return this.table.find(scope, restApiId, id);
  }

  listAll(scope: TenantScope, restApiId: string): Promise<AuthorizerEntity[]> {
    return this.table.listAll(scope, restApiId);
  }

  list(scope: TenantScope, restApiId: string, page: PageRequest): Promise<Page<AuthorizerEntity>> {
    return this.table.list(scope, restApiId, page);
  }

  /** Replaces the stored values (the service validated the patched whole). */
  update(scope: TenantScope, restApiId: string, id: string, values: AuthorizerValues): Promise<boolean> {
    return this.table.update(scope, restApiId, id, values);
  }

  delete(scope: TenantScope, restApiId: string, id: string): Promise<boolean> {
    return this.table.delete(scope, restApiId, id);
  }
}
