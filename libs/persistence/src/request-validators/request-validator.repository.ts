import type { DataSource } from 'typeorm';
import { ApiChildTable } from '../api-child-table';
import type { Page, PageRequest } from '../page';
import type { TenantScope } from '../tenant-scope';
import { RequestValidatorEntity } from './request-validator.entity';

export type RequestValidatorValues = Pick<RequestValidatorEntity, 'name' | 'validateRequestBody' | 'validateRequestParameters'>;

/** Request validators of an account's REST APIs; every call is scoped by account and region. */
export class RequestValidatorRepository {
  private readonly table: ApiChildTable<RequestValidatorEntity>;

  constructor(dataSource: DataSource) {
    this.table = new ApiChildTable(dataSource.getRepository(RequestValidatorEntity), 'v');
  }

  create(scope: TenantScope, restApiId: string, values: RequestValidatorValues): Promise<RequestValidatorEntity> {
    return this.table.create(scope, restApiId, values);
  }

  find(scope: TenantScope, restApiId: string, id: string): Promise<RequestValidatorEntity | null> {
    return this.table.find(scope, restApiId, id);
  }

  listAll(scope: TenantScope, restApiId: string): Promise<RequestValidatorEntity[]> {
    return this.table.listAll(scope, restApiId);
  }

  list(scope: TenantScope, restApiId: string, page: PageRequest): Promise<Page<RequestValidatorEntity>> {
    return this.table.list(scope, restApiId, page);
  }

  update(scope: TenantScope, restApiId: string, id: string, changes: Partial<RequestValidatorValues>): Promise<boolean> {
    return this.table.update(scope, restApiId, id, changes);
  }

  delete(scope: TenantScope, restApiId: string, id: string): Promise<boolean> {
    return this.table.delete(scope, restApiId, id);
  }
}
