import { Module } from '@nestjs/common';
import { StageRepository } from '@tollgate/persistence';
import { repositoryProvider as repository } from '../database/repository.provider';
import { SdkTypesController } from './sdk-types.controller';
import { SdkTypesService } from './sdk-types.service';

@Module({
  controllers: [SdkTypesController],
  providers: [repository(StageRepository), SdkTypesService],
})
export class SdkTypesModule {}
