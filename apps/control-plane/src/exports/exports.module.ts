import { Module } from '@nestjs/common';
import { ApiDefinitionReader, DeploymentRepository, DocumentationVersionRepository, StageRepository } from '@tollgate/persistence';
import { repositoryProvider as repository } from '../database/repository.provider';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

@Module({
  controllers: [ExportsController],
  providers: [repository(StageRepository), repository(DeploymentRepository), repository(ApiDefinitionReader), repository(DocumentationVersionRepository), ExportsService],
})
export class ExportsModule {}
