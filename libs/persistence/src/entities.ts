import { AccessKeyEntity } from './accounts/access-key.entity';
import { AccountEntity } from './accounts/account.entity';
import { DeploymentEntity } from './deployments/deployment.entity';
import { IntegrationResponseEntity } from './integrations/integration-response.entity';
import { IntegrationEntity } from './integrations/integration.entity';
import { MethodResponseEntity } from './methods/method-response.entity';
import { MethodEntity } from './methods/method.entity';
import { ResourceEntity } from './resources/resource.entity';
import { RestApiEntity } from './rest-apis/rest-api.entity';
import { StageEntity } from './stages/stage.entity';
import { AccountSettingsEntity } from './account-settings/account-settings.entity';
import { ApiKeyEntity } from './api-keys/api-key.entity';
import { UsageDayEntity } from './usage/usage-day.entity';
import { UsagePlanKeyEntity } from './usage-plans/usage-plan-key.entity';
import { UsagePlanEntity } from './usage-plans/usage-plan.entity';
import { AuditEventEntity } from './audit/audit-event.entity';
import { BasePathMappingEntity } from './base-path-mappings/base-path-mapping.entity';
import { ClientCertificateEntity } from './client-certificates/client-certificate.entity';
import { DomainNameEntity } from './domain-names/domain-name.entity';
import { DomainNameAccessAssociationEntity } from './domain-name-access-associations/domain-name-access-association.entity';
import { VpcLinkEntity } from './vpc-links/vpc-link.entity';
import { AuthorizerEntity } from './authorizers/authorizer.entity';
import { DocumentationPartEntity } from './documentation-parts/documentation-part.entity';
import { DocumentationVersionEntity } from './documentation-versions/documentation-version.entity';
import { GatewayResponseEntity } from './gateway-responses/gateway-response.entity';
import { ModelEntity } from './models/model.entity';
import { RequestValidatorEntity } from './request-validators/request-validator.entity';

/** Every entity the DataSource knows. Append new entities here (one line each). */
export const PERSISTENCE_ENTITIES: Array<new () => object> = [
  AccountEntity,
  AccessKeyEntity,
  RestApiEntity,
  ResourceEntity,
  MethodEntity,
  MethodResponseEntity,
  IntegrationEntity,
  IntegrationResponseEntity,
  DeploymentEntity,
  StageEntity,
  ApiKeyEntity,
  UsagePlanEntity,
  UsagePlanKeyEntity,
  AccountSettingsEntity,
  UsageDayEntity,
  DomainNameEntity,
  BasePathMappingEntity,
  ClientCertificateEntity,
  VpcLinkEntity,
  AuditEventEntity,
  ModelEntity,
  RequestValidatorEntity,
  GatewayResponseEntity,
  AuthorizerEntity,
  DocumentationPartEntity,
  DocumentationVersionEntity,
  DomainNameAccessAssociationEntity,
];
