import type { Snapshot } from '@tollgate/model';
import type { ApiDefinition } from '@tollgate/openapi';
import type { DataSource } from 'typeorm';
import { AuthorizerEntity } from '../authorizers/authorizer.entity';
import { DocumentationPartEntity } from '../documentation-parts/documentation-part.entity';
import { GatewayResponseEntity } from '../gateway-responses/gateway-response.entity';
import { IntegrationResponseEntity } from '../integrations/integration-response.entity';
import { IntegrationEntity } from '../integrations/integration.entity';
import { MethodResponseEntity } from '../methods/method-response.entity';
import { MethodEntity } from '../methods/method.entity';
import { ModelEntity } from '../models/model.entity';
import { RequestValidatorEntity } from '../request-validators/request-validator.entity';
import { ResourceEntity } from '../resources/resource.entity';
import { RestApiEntity } from '../rest-apis/rest-api.entity';
import { tenantColumns as tenant } from '../tenant-columns';
import type { TenantScope } from '../tenant-scope';
import { toApiDefinition } from './definition-from-rows.mapper';
import { overlaySnapshot } from './definition-from-snapshot.mapper';

/** Builds an ApiDefinition (for GetExport and PutRestApi) from the stored API, optionally as a deployment froze it. */
export class ApiDefinitionReader {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The API as stored now, or, with `snapshot`, as that deployment froze it (see overlaySnapshot).
   * null when the API does not exist in this account and region.
   */
  load(scope: TenantScope, restApiId: string, snapshot?: Snapshot): Promise<ApiDefinition | null> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const restApi = await manager.findOneBy(RestApiEntity, { ...tenant(scope), id: restApiId });
      if (!restApi) return null;
      const where = { ...tenant(scope), restApiId };
      const order = { createdDate: 'ASC', id: 'ASC' } as const;
      // One transaction is one connection: its queries run one after another (pg refuses overlapping ones).
      const resources = await manager.findBy(ResourceEntity, where);
      const methods = await manager.findBy(MethodEntity, where);
      const methodResponses = await manager.findBy(MethodResponseEntity, where);
      const integrations = await manager.findBy(IntegrationEntity, where);
      const integrationResponses = await manager.findBy(IntegrationResponseEntity, where);
      const models = await manager.find(ModelEntity, { where, order });
      const requestValidators = await manager.find(RequestValidatorEntity, { where, order });
      const authorizers = await manager.find(AuthorizerEntity, { where, order });
      const gatewayResponses = await manager.find(GatewayResponseEntity, { where, order: { responseType: 'ASC' } });
      const documentationParts = await manager.find(DocumentationPartEntity, { where, order });
      const current = toApiDefinition({
        restApi, resources, methods, methodResponses, integrations, integrationResponses,
        models, requestValidators, authorizers, gatewayResponses, documentationParts,
      });
      return snapshot ? overlaySnapshot(current, snapshot) : current;
    });
  }
}
