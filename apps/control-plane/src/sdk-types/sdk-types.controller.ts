import { Controller, Get, Param, Query } from '@nestjs/common';
import { Caller } from '../auth/caller';
import type { SdkType } from './sdk-type.catalog';
import { SdkTypesService } from './sdk-types.service';

@Controller()
export class SdkTypesController {
  constructor(private readonly sdkTypes: SdkTypesService) {}

  @Get('sdktypes')
  getSdkTypes(@Query('limit') limit?: string): { item: SdkType[] } {
    return this.sdkTypes.list(limit);
  }

  @Get('sdktypes/:sdkTypeId')
  getSdkType(@Param('sdkTypeId') id: string): SdkType {
    return this.sdkTypes.get(id);
  }

  @Get('restapis/:restApiId/stages/:stageName/sdks/:sdkType')
  getSdk(
    @Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('stageName') stageName: string, @Param('sdkType') sdkType: string,
  ): Promise<never> {
    return this.sdkTypes.getSdk(caller, restApiId, stageName, sdkType);
  }
}
