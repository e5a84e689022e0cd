import type { Type } from '@nestjs/common';
import { DeploymentsModule } from './deployments/deployments.module';
import { IntegrationsModule } from './integrations/integrations.module';
import { MethodsModule } from './methods/methods.module';
import { ResourcesModule } from './resources/resources.module';
import { RestApisModule } from './rest-apis/rest-apis.module';
import { StagesModule } from './stages/stages.module';

/** Every AWS-resource feature module the app serves. Append one line per feature module. */
export const FEATURE_MODULES: Type[] = [
  RestApisModule,
  ResourcesModule,
  MethodsModule,
  IntegrationsModule,
  DeploymentsModule,
  StagesModule,
];
