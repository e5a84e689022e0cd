import { Module } from '@nestjs/common';
import {
  AuthorizerRepository,
  IntegrationRepository,
  IntegrationResponseRepository,
  MethodRepository,
  MethodResponseRepository,
  ModelRepository,
  RequestValidatorRepository,
} from '@tollgate/persistence';
import { repositoryProvider as repository } from '../database/repository.provider';
import { ResourcesModule } from '../resources/resources.module';
import { MethodReferencesService } from './method-references.service';
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
    repository(AuthorizerRepository),
    repository(RequestValidatorRepository),
    repository(ModelRepository),
    MethodReferencesService,
    MethodTargetsService,
    MethodsService,
    MethodResponsesService,
    ResourceMethodsRegistration,
  ],
  exports: [MethodTargetsService, MethodsService],
})
export class MethodsModule {}
