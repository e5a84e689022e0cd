import type { Type } from '@nestjs/common';
import { ResourcesModule } from './resources/resources.module';
import { RestApisModule } from './rest-apis/rest-apis.module';

/** Every AWS-resource feature module the app serves. Append one line per feature module. */
export const FEATURE_MODULES: Type[] = [
  RestApisModule,
  ResourcesModule,
];
