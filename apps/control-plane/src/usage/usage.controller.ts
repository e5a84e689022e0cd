import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { Caller } from '../auth/caller';
import type { Usage } from './usage.mapper';
import { UsageService } from './usage.service';

@Controller('usageplans/:usagePlanId')
export class UsageController {
  constructor(private readonly usage: UsageService) {}

  @Get('usage')
  get(
    @Caller() caller: Caller, @Param('usagePlanId') id: string, @Query('startDate') startDate?: string, @Query('endDate') endDate?: string,
    @Query('keyId') keyId?: string, @Query('position') position?: string, @Query('limit') limit?: string,
  ): Promise<Usage> {
    return this.usage.get(caller, id, { startDate, endDate, keyId, position, limit });
  }

  @Patch('keys/:keyId/usage')
  update(@Caller() caller: Caller, @Param('usagePlanId') id: string, @Param('keyId') keyId: string, @Body() body: unknown): Promise<Usage> {
    return this.usage.update(caller, id, keyId, body);
  }
}
