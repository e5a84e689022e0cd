import type { Type } from '@nestjs/common';
import { ExportsModule } from './exports/exports.module';
import { RestApiImportsModule } from './rest-api-imports/rest-api-imports.module';
import { DeploymentsModule } from './deployments/deployments.module';
import { IntegrationsModule } from './integrations/integrations.module';
import { MethodsModule } from './methods/methods.module';
import { ResourcesModule } from './resources/resources.module';
import { RestApisModule } from './rest-apis/rest-apis.module';
import { StagesModule } from './stages/stages.module';
import { AccountModule } from './account/account.module';
import { ApiKeysModule } from './api-keys/api-keys.module';
import { UsageReportsModule } from './usage-reports/usage-reports.module';
import { UsageModule } from './usage/usage.module';
import { UsagePlansModule } from './usage-plans/usage-plans.module';
import { AuditModule } from './audit/audit.module';
import { BasePathMappingsModule } from './base-path-mappings/base-path-mappings.module';
import { ClientCertificatesModule } from './client-certificates/client-certificates.module';
import { DomainNamesModule } from './domain-names/domain-names.module';
import { DomainNameAccessAssociationsModule } from './domain-name-access-associations/domain-name-access-associations.module';
import { SdkTypesModule } from './sdk-types/sdk-types.module';
import { StageCachesModule } from './stage-caches/stage-caches.module';
import { TagsModule } from './tags/tags.module';
import { VpcLinksModule } from './vpc-links/vpc-links.module';
import { AuthorizersModule } from './authorizers/authorizers.module';
import { DocumentationPartsModule } from './documentation-parts/documentation-parts.module';
import { DocumentationVersionsModule } from './documentation-versions/documentation-versions.module';
import { GatewayResponsesModule } from './gateway-responses/gateway-responses.module';
import { ModelsModule } from './models/models.module';
import { RequestValidatorsModule } from './request-validators/request-validators.module';
import { TestInvokeModule } from './test-invoke/test-invoke.module';

/** Every AWS-resource feature module the app serves. Append one line per feature module. */
export const FEATURE_MODULES: Type[] = [
  RestApisModule,
  ResourcesModule,
  MethodsModule,
  IntegrationsModule,
  DeploymentsModule,
  StagesModule,
  ApiKeysModule,
  UsagePlansModule,
  UsageModule,
  AccountModule,
  UsageReportsModule,
  DomainNamesModule,
  BasePathMappingsModule,
  ClientCertificatesModule,
  VpcLinksModule,
  TagsModule,
  SdkTypesModule,
  StageCachesModule,
  AuditModule,
  ModelsModule,
  RequestValidatorsModule,
  GatewayResponsesModule,
  AuthorizersModule,
  DocumentationPartsModule,
  DocumentationVersionsModule,
  RestApiImportsModule,
  ExportsModule,
  DomainNameAccessAssociationsModule,
  TestInvokeModule,
];
