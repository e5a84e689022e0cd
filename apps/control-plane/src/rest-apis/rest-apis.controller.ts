import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { Caller } from '../auth/caller';
import type { ControlPlaneRequest } from '../common/control-plane-request';
import type { ListResponse } from '../common/pagination';
import { AcceptsNonJsonBody } from '../common/raw-body.decorator';
import { type ImportedRestApi, RestApiImportHook } from './rest-api-import.hook';
import type { RestApi } from './rest-api.mapper';
import { RestApisService } from './rest-apis.service';

@Controller('restapis')
export class RestApisController {
  constructor(private readonly restApis: RestApisService, private readonly imports: RestApiImportHook) {}

  /** CreateRestApi, or ImportRestApi with `?mode=import` (the body is then an OpenAPI document, JSON or YAML). */
  @Post()
  @HttpCode(201)
  @AcceptsNonJsonBody()
  create(@Caller() caller: Caller, @Req() req: ControlPlaneRequest, @Query() query: Record<string, unknown>): Promise<RestApi | ImportedRestApi> {
    if (query['mode'] === 'import') return this.imports.import(caller, req.rawBody, query);
    if (req.bodyError) throw req.bodyError;
    return this.restApis.create(caller, req.body);
  }

  @Get()
  list(@Caller() caller: Caller, @Query('limit') limit?: string, @Query('position') position?: string): Promise<ListResponse<RestApi>> {
    return this.restApis.list(caller, limit, position);
  }

  @Get(':restApiId')
  get(@Caller() caller: Caller, @Param('restApiId') restApiId: string): Promise<RestApi> {
    return this.restApis.get(caller, restApiId);
  }

  @Patch(':restApiId')
  update(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Body() body: unknown): Promise<RestApi> {
    return this.restApis.update(caller, restApiId, body);
  }

  @Delete(':restApiId')
  @HttpCode(202)
  delete(@Caller() caller: Caller, @Param('restApiId') restApiId: string): Promise<void> {
    return this.restApis.delete(caller, restApiId);
  }
}
