import { Module } from '@nestjs/common';
import { ApiKeyRepository, StageRepository, UsagePlanKeyRepository, UsagePlanRepository } from '@tollgate/persistence';
import { repositoryProvider as repository } from '../database/repository.provider';
import { ApiKeyImportService } from './api-key-import.service';
import { ApiKeysController } from './api-keys.controller';
import { ApiKeysService } from './api-keys.service';
import { ConfigJobsService } from './config-jobs.service';
import { PlanMembershipService } from './plan-membership.service';

const REPOSITORIES = [repository(ApiKeyRepository), repository(StageRepository), repository(UsagePlanRepository), repository(UsagePlanKeyRepository)];

/** API keys; also provides the config-publish producer and plan membership rules to the usage-plan features. */
@Module({
  controllers: [ApiKeysController],
  providers: [...REPOSITORIES, ApiKeysService, ApiKeyImportService, ConfigJobsService, PlanMembershipService],
  exports: [ApiKeyRepository, StageRepository, UsagePlanRepository, UsagePlanKeyRepository, ApiKeysService, ConfigJobsService, PlanMembershipService],
})
export class ApiKeysModule {}
