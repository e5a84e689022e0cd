import { Body, Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { Caller } from '../auth/caller';
import { TagsService } from './tags.service';

/** `{resourceArn}` arrives URL-encoded (slashes as %2F) in one path segment; Express decodes it. */
@Controller('tags/:resourceArn')
export class TagsController {
  constructor(private readonly tags: TagsService) {}

  @Get()
  getTags(@Caller() caller: Caller, @Param('resourceArn') resourceArn: string): Promise<{ tags: Record<string, string> }> {
    return this.tags.getTags(caller, resourceArn);
  }

  @Put()
  @HttpCode(204)
  tagResource(@Caller() caller: Caller, @Param('resourceArn') resourceArn: string, @Body() body: unknown): Promise<void> {
    return this.tags.tagResource(caller, resourceArn, body);
  }

  @Delete()
  @HttpCode(204)
  untagResource(@Caller() caller: Caller, @Param('resourceArn') resourceArn: string, @Query('tagKeys') tagKeys: unknown): Promise<void> {
    return this.tags.untagResource(caller, resourceArn, tagKeys);
  }
}
