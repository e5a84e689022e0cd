import { Module } from '@nestjs/common';
import { BasePathMappingRepository, DomainNameRepository, StageRepository } from '@tollgate/persistence';
import { repositoryProvider as repository } from '../database/repository.provider';
import { BasePathMappingsController } from './base-path-mappings.controller';
import { BasePathMappingsService } from './base-path-mappings.service';

@Module({
  controllers: [BasePathMappingsController],
  providers: [repository(DomainNameRepository), repository(BasePathMappingRepository), repository(StageRepository), BasePathMappingsService],
})
export class BasePathMappingsModule {}
