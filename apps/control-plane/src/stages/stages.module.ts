import { Module } from '@nestjs/common';
import { AccountSettingsRepository, DeploymentRepository, MethodRepository, StageRepository } from '@tollgate/persistence';
import { repositoryProvider as repository } from '../database/repository.provider';
import { StageJobsService } from './stage-jobs.service';
import { StageUpdateService } from './stage-update.service';
import { StageViewService } from './stage-view.service';
import { StagesController } from './stages.controller';
import { StagesService } from './stages.service';

@Module({
  controllers: [StagesController],
  providers: [
    repository(DeploymentRepository),
    repository(StageRepository),
    repository(MethodRepository),
    repository(AccountSettingsRepository),
    StageJobsService,
    StagesService,
    StageUpdateService,
    StageViewService,
  ],
  exports: [StageJobsService],
})
export class StagesModule {}
