import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { Caller } from '../auth/caller';
import type { Stage } from './stage.mapper';
import { StageUpdateService } from './stage-update.service';
import { StagesService } from './stages.service';

@Controller('restapis/:restApiId/stages')
export class StagesController {
  constructor(
    private readonly stages: StagesService,
    private readonly updates: StageUpdateService,
  ) {}

  @Post()
  @HttpCode(201)
  createStage(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Body() body: unknown): Promise<Stage> {
    return this.stages.create(caller, restApiId, body);
  }

  @Get()
  getStages(@Caller() caller: Caller, @Param('restApiId') restApiId: string): Promise<{ item: Stage[] }> {
    return this.stages.list(caller, restApiId);
  }

  @Get(':stageName')
  getStage(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('stageName') stageName: string): Promise<Stage> {
    return this.stages.get(caller, restApiId, stageName);
  }

  @Patch(':stageName')
  updateStage(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('stageName') stageName: string, @Body() body: unknown): Promise<Stage> {
    return this.updates.update(caller, restApiId, stageName, body);
  }

  @Delete(':stageName')
  @HttpCode(202)
  deleteStage(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('stageName') stageName: string): Promise<void> {
    return this.stages.delete(caller, restApiId, stageName);
  }
}
