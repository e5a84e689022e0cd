import { Module } from '@nestjs/common';
import { MethodRepository, MethodResponseRepository, ModelRepository, ResourceRepository, RestApiRepository } from '@tollgate/persistence';
import { repositoryProvider as repository } from '../database/repository.provider';
import { ModelsController } from './models.controller';
import { ModelsService } from './models.service';

@Module({
  controllers: [ModelsController],
  providers: [
    repository(RestApiRepository),
    repository(ModelRepository),
    repository(ResourceRepository),
    repository(MethodRepository),
    repository(MethodResponseRepository),
    ModelsService,
  ],
})
export class ModelsModule {}
