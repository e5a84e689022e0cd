import type { Type } from '@nestjs/common';
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
];
