import { Module } from '@nestjs/common';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { UsagePlanKeysService } from './usage-plan-keys.service';
import { UsagePlansController } from './usage-plans.controller';
import { UsagePlansService } from './usage-plans.service';

@Module({
  imports: [ApiKeysModule],
  controllers: [UsagePlansController],
  providers: [UsagePlansService, UsagePlanKeysService],
  exports: [UsagePlansService, ApiKeysModule],
})
export class UsagePlansModule {}
