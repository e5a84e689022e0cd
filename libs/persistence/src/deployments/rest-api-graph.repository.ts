import type { ApiKeySource } from '@tollgate/model';
import type { RestApiGraph } from '@tollgate/snapshot-compiler';
import type { DataSource } from 'typeorm';
import { toSnapshotAuthorizer } from '../authorizers/authorizer-graph.mapper';
import { AuthorizerEntity } from '../authorizers/authorizer.entity';
import { toSnapshotGatewayResponses } from '../gateway-responses/gateway-response-graph.mapper';
import { GatewayResponseEntity } from '../gateway-responses/gateway-response.entity';
import { toGraphModel } from '../models/model-graph.mapper';
import { ModelEntity } from '../models/model.entity';
import { toSnapshotRequestValidator } from '../request-validators/request-validator-graph.mapper';
import { RequestValidatorEntity } from '../request-validators/request-validator.entity';
import { IntegrationResponseEntity } from '../integrations/integration-response.entity';
import { IntegrationEntity } from '../integrations/integration.entity';
import { MethodResponseEntity } from '../methods/method-response.entity';
import { MethodEntity } from '../methods/method.entity';
import { ResourceEntity } from '../resources/resource.entity';
import { RestApiEntity } from '../rest-apis/rest-api.entity';
import { tenantColumns as tenant } from '../tenant-columns';
import type { TenantScope } from '../tenant-scope';
import { toGraphResources } from './rest-api-graph.mapper';

/** Reads everything CreateDeployment freezes for one REST API, in one read-only transaction. */
export class RestApiGraphRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** null when the REST API does not exist in this account and region. */
  load(scope: TenantScope, restApiId: string): Promise<RestApiGraph | null> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const where = { ...tenant(scope), restApiId };
      const restApi = await manager.findOneBy(RestApiEntity, { ...tenant(scope), id: restApiId });
      if (!restApi) return null;
      const [models, requestValidators, authorizers, gatewayResponses] = await Promise.all([
        manager.findBy(ModelEntity, where),
        manager.findBy(RequestValidatorEntity, where),
        manager.findBy(AuthorizerEntity, where),
        manager.findBy(GatewayResponseEntity, where),
      ]);
      const [resources, methods, methodResponses, integrations, integrationResponses] = await Promise.all([
        manager.findBy(ResourceEntity, where),
        manager.findBy(MethodEntity, where),
        manager.findBy(MethodResponseEntity, where),
        manager.findBy(IntegrationEntity, where),
        manager.findBy(IntegrationResponseEntity, where),
      ]);
      return {
        restApi: {
          id: restApi.id,
          accountId: restApi.accountId,
          region: restApi.region,
          apiKeySource: restApi.apiKeySource as ApiKeySource,
          binaryMediaTypes: restApi.binaryMediaTypes,
          minimumCompressionSize: restApi.minimumCompressionSize ?? undefined,
          disableExecuteApiEndpoint: restApi.disableExecuteApiEndpoint,
        },
        resources: toGraphResources(resources, { methods, methodResponses, integrations, integrationResponses }),
        models: models.map(toGraphModel),
        requestValidators: requestValidators.map(toSnapshotRequestValidator),
        authorizers: authorizers.map(toSnapshotAuthorizer),
        gatewayResponses: toSnapshotGatewayResponses(gatewayResponses),
      };
    });
  }
}
