import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { Caller } from '../auth/caller';
import type { ListResponse } from '../common/pagination';
import type { Authorizer } from './authorizer.mapper';
import { AuthorizersService } from './authorizers.service';

const AUTHORIZERS = 'restapis/:restApiId/authorizers';

@Controller()
export class AuthorizersController {
  constructor(private readonly authorizers: AuthorizersService) {}

  @Post(AUTHORIZERS)
  @HttpCode(201)
  create(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Body() body: unknown): Promise<Authorizer> {
    return this.authorizers.create(caller, restApiId, body);
  }

  @Get(AUTHORIZERS)
  list(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Query('limit') limit?: string, @Query('position') position?: string): Promise<ListResponse<Authorizer>> {
    return this.authorizers.list(caller, restApiId, limit, position);
  }

  @Get(`${AUTHORIZERS}/:authorizerId`)
  get(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('authorizerId') authorizerId: string): Promise<Authorizer> {
    return this.authorizers.get(caller, restApiId, authorizerId);
  }

  @Patch(`${AUTHORIZERS}/:authorizerId`)
  update(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('authorizerId') authorizerId: string, @Body() body: unknown): Promise<Authorizer> {
    return this.authorizers.update(caller, restApiId, authorizerId, body);
  }

  @Delete(`${AUTHORIZERS}/:authorizerId`)
  @HttpCode(202)
  delete(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('authorizerId') authorizerId: string): Promise<void> {
    return this.authorizers.delete(caller, restApiId, authorizerId);
  }

  @Post(`${AUTHORIZERS}/:authorizerId`)
  @HttpCode(200)
  testInvoke(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('authorizerId') authorizerId: string): Promise<never> {
    return this.authorizers.testInvoke(caller, restApiId, authorizerId);
  }
}
