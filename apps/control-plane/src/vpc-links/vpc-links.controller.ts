import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { Caller } from '../auth/caller';
import type { ListResponse } from '../common/pagination';
import type { VpcLink } from './vpc-link.mapper';
import { VpcLinksService } from './vpc-links.service';

@Controller('vpclinks')
export class VpcLinksController {
  constructor(private readonly links: VpcLinksService) {}

  /** AWS answers 202: link creation is asynchronous there (here it is AVAILABLE at once). */
  @Post()
  @HttpCode(202)
  createVpcLink(@Caller() caller: Caller, @Body() body: unknown): Promise<VpcLink> {
    return this.links.create(caller, body);
  }

  @Get()
  getVpcLinks(@Caller() caller: Caller, @Query('limit') limit?: string, @Query('position') position?: string): Promise<ListResponse<VpcLink>> {
    return this.links.list(caller, limit, position);
  }

  @Get(':vpcLinkId')
  getVpcLink(@Caller() caller: Caller, @Param('vpcLinkId') id: string): Promise<VpcLink> {
    return this.links.get(caller, id);
  }

  @Patch(':vpcLinkId')
  updateVpcLink(@Caller() caller: Caller, @Param('vpcLinkId') id: string, @Body() body: unknown): Promise<VpcLink> {
    return this.links.update(caller, id, body);
  }

  @Delete(':vpcLinkId')
  @HttpCode(202)
  deleteVpcLink(@Caller() caller: Caller, @Param('vpcLinkId') id: string): Promise<void> {
    return this.links.delete(caller, id);
  }
}
