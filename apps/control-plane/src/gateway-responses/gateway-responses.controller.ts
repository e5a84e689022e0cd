import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Put, Query } from '@nestjs/common';
import { Caller } from '../auth/caller';
import type { ListResponse } from '../common/pagination';
import type { GatewayResponse } from './gateway-response.mapper';
import { GatewayResponsesService } from './gateway-responses.service';

const RESPONSES = 'restapis/:restApiId/gatewayresponses';

@Controller()
export class GatewayResponsesController {
  constructor(private readonly responses: GatewayResponsesService) {}

  @Get(RESPONSES)
  list(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Query('limit') limit?: string, @Query('position') position?: string): Promise<ListResponse<GatewayResponse>> {
    return this.responses.list(caller, restApiId, limit, position);
  }

  @Get(`${RESPONSES}/:responseType`)
  get(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('responseType') responseType: string): Promise<GatewayResponse> {
    return this.responses.get(caller, restApiId, responseType);
  }

  @Put(`${RESPONSES}/:responseType`)
  @HttpCode(201)
  put(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('responseType') responseType: string, @Body() body: unknown): Promise<GatewayResponse> {
    return this.responses.put(caller, restApiId, responseType, body);
  }

  @Patch(`${RESPONSES}/:responseType`)
  update(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('responseType') responseType: string, @Body() body: unknown): Promise<GatewayResponse> {
    return this.responses.update(caller, restApiId, responseType, body);
  }

  @Delete(`${RESPONSES}/:responseType`)
  @HttpCode(202)
  delete(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('responseType') responseType: string): Promise<void> {
    return this.responses.delete(caller, restApiId, responseType);
  }
}
