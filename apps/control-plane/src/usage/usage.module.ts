import { Module } from '@nestjs/common';
import { UsageRepository } from '@tollgate/persistence';
import { repositoryProvider as repository } from '../database/repository.provider';
import { UsagePlansModule } from '../usage-plans/usage-plans.module';
import { UsageController } from './usage.controller';
import { UsageReaderService } from './usage-reader.service';
import { UsageRedis } from './usage-redis';
import { UsageService } from './usage.service';

/** GetUsage / UpdateUsage; exports the live-usage reader to the usage report. */
@Module({
  imports: [UsagePlansModule],
  controllers: [UsageController],
  providers: [repository(UsageRepository), UsageRedis, UsageReaderService, UsageService],
  exports: [UsageRepository, UsageRedis, UsageReaderService, UsagePlansModule],
})
export class UsageModule {}
