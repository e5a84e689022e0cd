import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { Caller } from '../auth/caller';
import type { DomainNameAccessAssociation } from './domain-name-access-association.mapper';
import { DomainNameAccessAssociationsService } from './domain-name-access-associations.service';

@Controller()
export class DomainNameAccessAssociationsController {
  constructor(private readonly associations: DomainNameAccessAssociationsService) {}

  @Post('domainnameaccessassociations')
  @HttpCode(201)
  createDomainNameAccessAssociation(@Caller() caller: Caller, @Body() body: unknown): Promise<DomainNameAccessAssociation> {
    return this.associations.create(caller, body);
  }

  @Get('domainnameaccessassociations')
  getDomainNameAccessAssociations(
    @Caller() caller: Caller,
    @Query('resourceOwner') resourceOwner?: string,
    @Query('limit') limit?: string,
    @Query('position') position?: string,
  ): Promise<{ item: DomainNameAccessAssociation[]; position?: string }> {
    return this.associations.list(caller, resourceOwner, limit, position);
  }

  @Delete('domainnameaccessassociations/:arn')
  @HttpCode(202)
  deleteDomainNameAccessAssociation(@Caller() caller: Caller, @Param('arn') arn: string): Promise<void> {
    return this.associations.delete(caller, arn);
  }

  @Post('rejectdomainnameaccessassociations')
  @HttpCode(202)
  rejectDomainNameAccessAssociation(
    @Caller() caller: Caller,
    @Query('domainNameAccessAssociationArn') associationArn?: string,
    @Query('domainNameArn') domainNameArn?: string,
  ): Promise<void> {
    return this.associations.reject(caller, associationArn, domainNameArn);
  }
}
