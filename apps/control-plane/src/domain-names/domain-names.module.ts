import { Module } from '@nestjs/common';
import { DomainNameRepository } from '@tollgate/persistence';
import { repositoryProvider as repository } from '../database/repository.provider';
import { DomainNamesController } from './domain-names.controller';
import { DomainNamesService } from './domain-names.service';

@Module({
  controllers: [DomainNamesController],
  providers: [repository(DomainNameRepository), DomainNamesService],
  exports: [DomainNameRepository],
})
export class DomainNamesModule {}
