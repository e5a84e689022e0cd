import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { Caller } from '../auth/caller';
import type { BasePathMapping } from './base-path-mapping.mapper';
import { BasePathMappingsService } from './base-path-mappings.service';

@Controller('domainnames/:domainName/basepathmappings')
export class BasePathMappingsController {
  constructor(private readonly mappings: BasePathMappingsService) {}

  @Post()
  @HttpCode(201)
  createBasePathMapping(@Caller() caller: Caller, @Param('domainName') domainName: string, @Body() body: unknown): Promise<BasePathMapping> {
    return this.mappings.create(caller, domainName, body);
  }

  @Get()
  getBasePathMappings(
    @Caller() caller: Caller, @Param('domainName') domainName: string, @Query('limit') limit?: string, @Query('position') position?: string,
  ): Promise<{ item: BasePathMapping[]; position?: string }> {
    return this.mappings.list(caller, domainName, limit, position);
  }

  @Get(':basePath')
  getBasePathMapping(@Caller() caller: Caller, @Param('domainName') domainName: string, @Param('basePath') basePath: string): Promise<BasePathMapping> {
    return this.mappings.get(caller, domainName, basePath);
  }

  @Patch(':basePath')
  updateBasePathMapping(
    @Caller() caller: Caller, @Param('domainName') domainName: string, @Param('basePath') basePath: string, @Body() body: unknown,
  ): Promise<BasePathMapping> {
    return this.mappings.update(caller, domainName, basePath, body);
  }

  @Delete(':basePath')
  @HttpCode(202)
  deleteBasePathMapping(@Caller() caller: Caller, @Param('domainName') domainName: string, @Param('basePath') basePath: string): Promise<void> {
    return this.mappings.delete(caller, domainName, basePath);
  }
}
