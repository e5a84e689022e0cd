import { Module } from '@nestjs/common';
import { RestApisModule } from '../rest-apis/rest-apis.module';
import { ResourceMethodsHook } from './resource-methods.hook';
import { ResourcesController } from './resources.controller';
import { ResourcesService } from './resources.service';

@Module({
  imports: [RestApisModule],
  controllers: [ResourcesController],
  providers: [ResourcesService, ResourceMethodsHook],
  exports: [ResourcesService, ResourceMethodsHook],
})
export class ResourcesModule {}
