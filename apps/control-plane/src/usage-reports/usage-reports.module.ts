import { Module } from '@nestjs/common';
import { UsageModule } from '../usage/usage.module';
import { UsageReportsController } from './usage-reports.controller';
import { UsageReportsService } from './usage-reports.service';

@Module({
  imports: [UsageModule],
  controllers: [UsageReportsController],
  providers: [UsageReportsService],
})
export class UsageReportsModule {}
