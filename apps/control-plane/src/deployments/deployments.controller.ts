import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { Caller } from '../auth/caller';
import { parsePageQuery, type ListResponse } from '../common/pagination';
import type { Deployment } from './deployment.mapper';
import { DeploymentsService } from './deployments.service';

@Controller('restapis/:restApiId/deployments')
export class DeploymentsController {
  constructor(private readonly deployments: DeploymentsService) {}

  @Post()
  @HttpCode(201)
  createDeployment(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Body() body: unknown): Promise<Deployment> {
    return this.deployments.create(caller, restApiId, body);
  }

  @Get()
  getDeployments(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Query('limit') limit?: string, @Query('position') position?: string): Promise<ListResponse<Deployment>> {
    return this.deployments.list(caller, restApiId, parsePageQuery(limit, position));
  }

  @Get(':deploymentId')
  getDeployment(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('deploymentId') deploymentId: string, @Query('embed') embed?: unknown): Promise<Deployment> {
    return this.deployments.get(caller, restApiId, deploymentId, embed);
  }

  @Patch(':deploymentId')
  updateDeployment(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('deploymentId') deploymentId: string, @Body() body: unknown): Promise<Deployment> {
    return this.deployments.update(caller, restApiId, deploymentId, body);
  }

  @Delete(':deploymentId')
  @HttpCode(202)
  deleteDeployment(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('deploymentId') deploymentId: string): Promise<void> {
    return this.deployments.delete(caller, restApiId, deploymentId);
  }
}
