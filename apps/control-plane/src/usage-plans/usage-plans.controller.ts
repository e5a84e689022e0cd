import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { Caller } from '../auth/caller';
import type { ListResponse } from '../common/pagination';
import type { UsagePlan, UsagePlanKey } from './usage-plan.mapper';
import { UsagePlanKeysService } from './usage-plan-keys.service';
import { UsagePlansService } from './usage-plans.service';

@Controller('usageplans')
export class UsagePlansController {
  constructor(private readonly plans: UsagePlansService, private readonly planKeys: UsagePlanKeysService) {}

  @Post()
  @HttpCode(201)
  create(@Caller() caller: Caller, @Body() body: unknown): Promise<UsagePlan> {
    return this.plans.create(caller, body);
  }

  @Get()
  list(@Caller() caller: Caller, @Query('limit') limit?: string, @Query('position') position?: string, @Query('keyId') keyId?: string): Promise<ListResponse<UsagePlan>> {
    return this.plans.list(caller, limit, position, keyId);
  }

  @Get(':usagePlanId')
  get(@Caller() caller: Caller, @Param('usagePlanId') id: string): Promise<UsagePlan> {
    return this.plans.get(caller, id);
  }

  @Patch(':usagePlanId')
  update(@Caller() caller: Caller, @Param('usagePlanId') id: string, @Body() body: unknown): Promise<UsagePlan> {
    return this.plans.update(caller, id, body);
  }

  @Delete(':usagePlanId')
  @HttpCode(202)
  delete(@Caller() caller: Caller, @Param('usagePlanId') id: string): Promise<void> {
    return this.plans.delete(caller, id);
  }

  @Post(':usagePlanId/keys')
  @HttpCode(201)
  createKey(@Caller() caller: Caller, @Param('usagePlanId') id: string, @Body() body: unknown): Promise<UsagePlanKey> {
    return this.planKeys.create(caller, id, body);
  }

  @Get(':usagePlanId/keys')
  listKeys(
    @Caller() caller: Caller, @Param('usagePlanId') id: string, @Query('limit') limit?: string, @Query('position') position?: string, @Query('name') name?: string,
  ): Promise<ListResponse<UsagePlanKey>> {
    return this.planKeys.list(caller, id, limit, position, name);
  }

  @Get(':usagePlanId/keys/:keyId')
  getKey(@Caller() caller: Caller, @Param('usagePlanId') id: string, @Param('keyId') keyId: string): Promise<UsagePlanKey> {
    return this.planKeys.get(caller, id, keyId);
  }

  @Delete(':usagePlanId/keys/:keyId')
  @HttpCode(202)
  deleteKey(@Caller() caller: Caller, @Param('usagePlanId') id: string, @Param('keyId') keyId: string): Promise<void> {
    return this.planKeys.delete(caller, id, keyId);
  }
}
