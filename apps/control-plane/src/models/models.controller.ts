import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { Caller } from '../auth/caller';
import type { ListResponse } from '../common/pagination';
import type { Model } from './model.mapper';
import { ModelsService } from './models.service';

const MODELS = 'restapis/:restApiId/models';

@Controller()
export class ModelsController {
  constructor(private readonly models: ModelsService) {}

  @Post(MODELS)
  @HttpCode(201)
  create(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Body() body: unknown): Promise<Model> {
    return this.models.create(caller, restApiId, body);
  }

  @Get(MODELS)
  list(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Query('limit') limit?: string, @Query('position') position?: string): Promise<ListResponse<Model>> {
    return this.models.list(caller, restApiId, limit, position);
  }

  @Get(`${MODELS}/:modelName`)
  get(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('modelName') modelName: string, @Query('flatten') flatten?: string): Promise<Model> {
    return this.models.get(caller, restApiId, modelName, flatten);
  }

  @Patch(`${MODELS}/:modelName`)
  update(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('modelName') modelName: string, @Body() body: unknown): Promise<Model> {
    return this.models.update(caller, restApiId, modelName, body);
  }

  @Delete(`${MODELS}/:modelName`)
  @HttpCode(202)
  delete(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('modelName') modelName: string): Promise<void> {
    return this.models.delete(caller, restApiId, modelName);
  }

  @Get(`${MODELS}/:modelName/default_template`)
  template(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('modelName') modelName: string): Promise<{ value: string }> {
    return this.models.template(caller, restApiId, modelName);
  }
}
