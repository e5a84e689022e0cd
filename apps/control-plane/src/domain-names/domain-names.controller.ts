import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { Caller } from '../auth/caller';
import type { DomainName } from './domain-name.mapper';
import { DomainNamesService } from './domain-names.service';

@Controller('domainnames')
export class DomainNamesController {
  constructor(private readonly domains: DomainNamesService) {}

  @Post()
  @HttpCode(201)
  createDomainName(@Caller() caller: Caller, @Body() body: unknown): Promise<DomainName> {
    return this.domains.create(caller, body);
  }

  @Get()
  getDomainNames(@Caller() caller: Caller, @Query('limit') limit?: string, @Query('position') position?: string): Promise<{ item: DomainName[]; position?: string }> {
    return this.domains.list(caller, limit, position);
  }

  @Get(':domainName')
  getDomainName(@Caller() caller: Caller, @Param('domainName') domainName: string): Promise<DomainName> {
    return this.domains.get(caller, domainName);
  }

  @Patch(':domainName')
  updateDomainName(@Caller() caller: Caller, @Param('domainName') domainName: string, @Body() body: unknown): Promise<DomainName> {
    return this.domains.update(caller, domainName, body);
  }

  @Delete(':domainName')
  @HttpCode(202)
  deleteDomainName(@Caller() caller: Caller, @Param('domainName') domainName: string): Promise<void> {
    return this.domains.delete(caller, domainName);
  }
}
