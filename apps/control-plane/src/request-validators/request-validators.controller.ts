import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { Caller } from '../auth/caller';
import type { ListResponse } from '../common/pagination';
import type { RequestValidator } from './request-validator.mapper';
import { RequestValidatorsService } from './request-validators.service';

const VALIDATORS = 'restapis/:restApiId/requestvalidators';

@Controller()
export class RequestValidatorsController {
  constructor(private readonly validators: RequestValidatorsService) {}

  @Post(VALIDATORS)
  @HttpCode(201)
  create(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Body() body: unknown): Promise<RequestValidator> {
    return this.validators.create(caller, restApiId, body);
  }

  @Get(VALIDATORS)
  list(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Query('limit') limit?: string, @Query('position') position?: string): Promise<ListResponse<RequestValidator>> {
    return this.validators.list(caller, restApiId, limit, position);
  }

  @Get(`${VALIDATORS}/:validatorId`)
  get(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('validatorId') validatorId: string): Promise<RequestValidator> {
    return this.validators.get(caller, restApiId, validatorId);
  }

  @Patch(`${VALIDATORS}/:validatorId`)
  update(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('validatorId') validatorId: string, @Body() body: unknown): Promise<RequestValidator> {
    return this.validators.update(caller, restApiId, validatorId, body);
  }

  @Delete(`${VALIDATORS}/:validatorId`)
  @HttpCode(202)
  delete(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('validatorId') validatorId: string): Promise<void> {
    return this.validators.delete(caller, restApiId, validatorId);
  }
}
