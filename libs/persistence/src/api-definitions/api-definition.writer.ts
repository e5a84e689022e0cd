import type { ApiDefinition } from '@tollgate/openapi';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { newId } from '../ids';
import { RestApiEntity } from '../rest-apis/rest-api.entity';
import { ResourceEntity } from '../resources/resource.entity';
import { tenantColumns as tenant } from '../tenant-columns';
import type { TenantScope } from '../tenant-scope';
import { writeDefinitionContents } from './definition-contents.writer';
import { toRestApiValues } from './definition-rows.mapper';

export interface NewImportedApi {
  /** Chosen before parsing, because imported model schemas reference other models by a URL holding the API id. */
  id: string;
  /** Used when the document has no x-amazon-apigateway-endpoint-configuration (ImportRestApi's `endpointConfigurationTypes`). */
  defaultEndpointTypes: string[];
}

/**
 * Stores an imported ApiDefinition (ImportRestApi, PutRestApi): the API's settings, resources, methods,
 * method responses, integrations, integration responses, models, request validators, authorizers, gateway
 * responses and documentation parts, all in one transaction, so a failed import leaves nothing behind.
 */
export class ApiDefinitionWriter {
  constructor(private readonly dataSource: DataSource) {}

  /** ImportRestApi: a new API holding exactly what the definition carries. */
  async create(scope: TenantScope, definition: ApiDefinition, api: NewImportedApi): Promise<RestApiEntity> {
    const rootResourceId = newId();
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(RestApiEntity, {
        endpointConfiguration: { types: api.defaultEndpointTypes },
        tags: {},
        ...toRestApiValues(definition),
        ...tenant(scope),
        id: api.id,
        rootResourceId,
      });
      await manager.insert(ResourceEntity, { ...tenant(scope), id: rootResourceId, restApiId: api.id, parentId: null, pathPart: null, path: '/' });
      await writeDefinitionContents(manager, scope, api.id, definition);
    });
    return this.dataSource.getRepository(RestApiEntity).findOneByOrFail({ ...tenant(scope), id: api.id });
  }

  /**
   * PutRestApi: makes the stored API equal to `definition` (already merged for mode=merge). Resources,
   * models, validators and authorizers that stay keep their ids; the endpoint configuration never changes.
   * null when the API does not exist.
   */
  async replace(scope: TenantScope, restApiId: string, definition: ApiDefinition): Promise<RestApiEntity | null> {
    const found = await this.dataSource.transaction(async (manager) => {
      if (!(await lockApi(manager, scope, restApiId))) return false;
      const { endpointConfiguration: _unchanged, ...values } = toRestApiValues(definition);
      await manager.update(RestApiEntity, { ...tenant(scope), id: restApiId }, values);
      await writeDefinitionContents(manager, scope, restApiId, definition);
      return true;
    });
    return found ? this.dataSource.getRepository(RestApiEntity).findOneByOrFail({ ...tenant(scope), id: restApiId }) : null;
  }
}

/** Serialises concurrent PutRestApi calls on one API (row lock until commit). */
async function lockApi(manager: EntityManager, scope: TenantScope, restApiId: string): Promise<boolean> {
  const rows = await manager.getRepository(RestApiEntity).find({ where: { ...tenant(scope), id: In([restApiId]) }, lock: { mode: 'pessimistic_write' } });
  return rows.length > 0;
}
