import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { Caller } from '../auth/caller';
import type { ListResponse } from '../common/pagination';
import { AcceptsNonJsonBody, RawBody } from '../common/raw-body.decorator';
import type { DocumentationPart } from './documentation-part.mapper';
import { DocumentationPartsService } from './documentation-parts.service';
import { type DocumentationPartIds, ImportDocumentationPartsService } from './import-documentation-parts.service';

const PARTS = 'restapis/:restApiId/documentation/parts';

@Controller()
export class DocumentationPartsController {
  constructor(
    private readonly parts: DocumentationPartsService,
    private readonly importer: ImportDocumentationPartsService,
  ) {}

  @Post(PARTS)
  @HttpCode(201)
  create(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Body() body: unknown): Promise<DocumentationPart> {
    return this.parts.create(caller, restApiId, body);
  }

  @Get(PARTS)
  list(
    @Caller() caller: Caller,
    @Param('restApiId') restApiId: string,
    @Query('type') type?: string,
    @Query('name') nameQuery?: string,
    @Query('path') path?: string,
    @Query('locationStatus') locationStatus?: string,
    @Query('limit') limit?: string,
    @Query('position') position?: string,
  ): Promise<ListResponse<DocumentationPart>> {
    return this.parts.list(caller, restApiId, { type, nameQuery, path, locationStatus }, limit, position);
  }

  @Put(PARTS)
  @AcceptsNonJsonBody()
  import(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @RawBody() body: Buffer, @Query('mode') mode?: string, @Query('failonwarnings') failOnWarnings?: string): Promise<DocumentationPartIds> {
    return this.importer.import(caller, restApiId, body, mode, failOnWarnings);
  }

  @Get(`${PARTS}/:partId`)
  get(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('partId') partId: string): Promise<DocumentationPart> {
    return this.parts.get(caller, restApiId, partId);
  }

  @Patch(`${PARTS}/:partId`)
  update(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('partId') partId: string, @Body() body: unknown): Promise<DocumentationPart> {
    return this.parts.update(caller, restApiId, partId, body);
  }

  @Delete(`${PARTS}/:partId`)
  @HttpCode(202)
  delete(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('partId') partId: string): Promise<void> {
    return this.parts.delete(caller, restApiId, partId);
  }
}
