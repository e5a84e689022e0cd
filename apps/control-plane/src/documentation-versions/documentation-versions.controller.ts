import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { Caller } from '../auth/caller';
import type { ListResponse } from '../common/pagination';
import type { DocumentationVersion } from './documentation-version.mapper';
import { DocumentationVersionsService } from './documentation-versions.service';

const VERSIONS = 'restapis/:restApiId/documentation/versions';

@Controller()
export class DocumentationVersionsController {
  constructor(private readonly versions: DocumentationVersionsService) {}

  @Post(VERSIONS)
  @HttpCode(201)
  create(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Body() body: unknown): Promise<DocumentationVersion> {
    return this.versions.create(caller, restApiId, body);
  }

  @Get(VERSIONS)
  list(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Query('limit') limit?: string, @Query('position') position?: string): Promise<ListResponse<DocumentationVersion>> {
    return this.versions.list(caller, restApiId, limit, position);
  }

  @Get(`${VERSIONS}/:version`)
  get(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('version') version: string): Promise<DocumentationVersion> {
    return this.versions.get(caller, restApiId, version);
  }

  @Patch(`${VERSIONS}/:version`)
  update(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('version') version: string, @Body() body: unknown): Promise<DocumentationVersion> {
    return this.versions.update(caller, restApiId, version, body);
  }

  @Delete(`${VERSIONS}/:version`)
  @HttpCode(202)
  delete(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('version') version: string): Promise<void> {
    return this.versions.delete(caller, restApiId, version);
  }
}
