import { Module } from '@nestjs/common';
import { DeploymentRepository, StageRepository } from '@tollgate/persistence';
import { repositoryProvider as repository } from '../database/repository.provider';
import { StageJobsService } from './stage-jobs.service';
import { StagesController } from './stages.controller';
import { StagesService } from './stages.service';

@Module({
  controllers: [StagesController],
  providers: [repository(DeploymentRepository), repository(StageRepository), StageJobsService, StagesService],
  exports: [StageJobsService],
})
export class StagesModule {}
