import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { Caller } from '../auth/caller';
import type { ControlPlaneRequest } from '../common/control-plane-request';
import type { ListResponse } from '../common/pagination';
import { AcceptsNonJsonBody } from '../common/raw-body.decorator';
import { type ApiKeyIds, ApiKeyImportService } from './api-key-import.service';
import type { ApiKey } from './api-key.mapper';
import { ApiKeysService } from './api-keys.service';

@Controller('apikeys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService, private readonly importer: ApiKeyImportService) {}

  /** CreateApiKey, or ImportApiKeys when `?mode=import` (AWS routes both to POST /apikeys; the file is CSV). */
  @Post()
  @HttpCode(201)
  @AcceptsNonJsonBody()
  createOrImport(
    @Caller() caller: Caller, @Req() request: ControlPlaneRequest, @Query('mode') mode?: string,
    @Query('format') format?: string, @Query('failonwarnings') failOnWarnings?: string,
  ): Promise<ApiKey | ApiKeyIds> {
    if (mode === 'import') return this.importer.import(caller, request.rawBody, format, failOnWarnings);
    if (request.bodyError) throw request.bodyError;
    return this.apiKeys.create(caller, request.body);
  }

  @Get()
  list(
    @Caller() caller: Caller, @Query('limit') limit?: string, @Query('position') position?: string, @Query('name') name?: string,
    @Query('customerId') customerId?: string, @Query('includeValues') includeValues?: string,
  ): Promise<ListResponse<ApiKey>> {
    return this.apiKeys.list(caller, { limit, position, name, customerId, includeValues });
  }

  @Get(':apiKeyId')
  get(@Caller() caller: Caller, @Param('apiKeyId') id: string, @Query('includeValue') includeValue?: string): Promise<ApiKey> {
    return this.apiKeys.get(caller, id, includeValue);
  }

  @Patch(':apiKeyId')
  update(@Caller() caller: Caller, @Param('apiKeyId') id: string, @Body() body: unknown): Promise<ApiKey> {
    return this.apiKeys.update(caller, id, body);
  }

  @Delete(':apiKeyId')
  @HttpCode(202)
  delete(@Caller() caller: Caller, @Param('apiKeyId') id: string): Promise<void> {
    return this.apiKeys.delete(caller, id);
  }
}
