import { Module } from '@nestjs/common';
import { IntegrationRepository, IntegrationResponseRepository, MethodRepository, MethodResponseRepository } from '@tollgate/persistence';
import { repositoryProvider as repository } from '../database/repository.provider';
import { ResourcesModule } from '../resources/resources.module';
import { MethodResponsesService } from './method-responses.service';
import { MethodTargetsService } from './method-targets.service';
import { MethodsController } from './methods.controller';
import { MethodsService } from './methods.service';
import { ResourceMethodsRegistration } from './resource-methods.registration';

@Module({
  imports: [ResourcesModule],
  controllers: [MethodsController],
  providers: [
    repository(MethodRepository),
    repository(MethodResponseRepository),
    repository(IntegrationRepository),
    repository(IntegrationResponseRepository),
    MethodTargetsService,
    MethodsService,
    MethodResponsesService,
    ResourceMethodsRegistration,
  ],
  exports: [MethodTargetsService, MethodsService],
})
export class MethodsModule {}
