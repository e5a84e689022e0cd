import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { Caller } from '../auth/caller';
import type { ListResponse } from '../common/pagination';
import type { Resource } from './resource.mapper';
import { ResourcesService } from './resources.service';

@Controller('restapis/:restApiId/resources')
export class ResourcesController {
  constructor(private readonly resources: ResourcesService) {}

  @Get()
  list(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Query('limit') limit?: string, @Query('position') position?: string, @Query('embed') embed?: string | string[]): Promise<ListResponse<Resource>> {
    return this.resources.list(caller, restApiId, limit, position, embed);
  }

  @Get(':resourceId')
  get(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('resourceId') resourceId: string, @Query('embed') embed?: string | string[]): Promise<Resource> {
    return this.resources.get(caller, restApiId, resourceId, embed);
  }

  @Post(':parentId')
  @HttpCode(201)
  create(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('parentId') parentId: string, @Body() body: unknown): Promise<Resource> {
    return this.resources.create(caller, restApiId, parentId, body);
  }

  @Patch(':resourceId')
  update(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('resourceId') resourceId: string, @Body() body: unknown): Promise<Resource> {
    return this.resources.update(caller, restApiId, resourceId, body);
  }

  @Delete(':resourceId')
  @HttpCode(202)
  delete(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('resourceId') resourceId: string): Promise<void> {
    return this.resources.delete(caller, restApiId, resourceId);
  }
}
