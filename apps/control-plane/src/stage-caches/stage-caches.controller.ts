import { Controller, Delete, HttpCode, Param } from '@nestjs/common';
import { Caller } from '../auth/caller';
import { StageCachesService } from './stage-caches.service';

@Controller('restapis/:restApiId/stages/:stageName/cache')
export class StageCachesController {
  constructor(private readonly caches: StageCachesService) {}

  @Delete('data')
  @HttpCode(202)
  flushStageCache(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('stageName') stageName: string): Promise<void> {
    return this.caches.flushStageCache(caller, restApiId, stageName);
  }

  @Delete('authorizers')
  @HttpCode(202)
  flushStageAuthorizersCache(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('stageName') stageName: string): Promise<void> {
    return this.caches.flushAuthorizersCache(caller, restApiId, stageName);
  }
}
