import { Module } from '@nestjs/common';
import { DomainNameAccessAssociationRepository } from '@tollgate/persistence';
import { repositoryProvider as repository } from '../database/repository.provider';
import { DomainNameAccessAssociationsController } from './domain-name-access-associations.controller';
import { DomainNameAccessAssociationsService } from './domain-name-access-associations.service';

@Module({
  controllers: [DomainNameAccessAssociationsController],
  providers: [repository(DomainNameAccessAssociationRepository), DomainNameAccessAssociationsService],
})
export class DomainNameAccessAssociationsModule {}
