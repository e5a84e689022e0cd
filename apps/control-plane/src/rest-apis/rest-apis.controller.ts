import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { Caller } from '../auth/caller';
import type { ListResponse } from '../common/pagination';
import type { RestApi } from './rest-api.mapper';
import { RestApisService } from './rest-apis.service';

@Controller('restapis')
export class RestApisController {
  constructor(private readonly restApis: RestApisService) {}

  @Post()
  @HttpCode(201)
  create(@Caller() caller: Caller, @Body() body: unknown): Promise<RestApi> {
    return this.restApis.create(caller, body);
  }

  @Get()
  list(@Caller() caller: Caller, @Query('limit') limit?: string, @Query('position') position?: string): Promise<ListResponse<RestApi>> {
    return this.restApis.list(caller, limit, position);
  }

  @Get(':restApiId')
  get(@Caller() caller: Caller, @Param('restApiId') restApiId: string): Promise<RestApi> {
    return this.restApis.get(caller, restApiId);
  }

  @Delete(':restApiId')
  @HttpCode(202)
  delete(@Caller() caller: Caller, @Param('restApiId') restApiId: string): Promise<void> {
    return this.restApis.delete(caller, restApiId);
  }
}
