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
      // One transaction is one connection: its queries run one after another (pg refuses overlapping ones).
      const models = await manager.findBy(ModelEntity, where);
      const requestValidators = await manager.findBy(RequestValidatorEntity, where);
      const authorizers = await manager.findBy(AuthorizerEntity, where);
      const gatewayResponses = await manager.findBy(GatewayResponseEntity, where);
      const resources = await manager.findBy(ResourceEntity, where);
      const methods = await manager.findBy(MethodEntity, where);
      const methodResponses = await manager.findBy(MethodResponseEntity, where);
      const integrations = await manager.findBy(IntegrationEntity, where);
      const integrationResponses = await manager.findBy(IntegrationResponseEntity, where);
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
