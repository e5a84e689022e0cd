import { Module } from '@nestjs/common';
import { ApiDefinitionReader, DeploymentRepository, StageRepository } from '@tollgate/persistence';
import { repositoryProvider as repository } from '../database/repository.provider';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

@Module({
  controllers: [ExportsController],
  providers: [repository(StageRepository), repository(DeploymentRepository), repository(ApiDefinitionReader), ExportsService],
})
export class ExportsModule {}
