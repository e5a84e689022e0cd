import { Module } from '@nestjs/common';
import { DocumentationVersionRepository, RestApiRepository, StageRepository } from '@tollgate/persistence';
import { repositoryProvider as repository } from '../database/repository.provider';
import { DocumentationVersionsController } from './documentation-versions.controller';
import { DocumentationVersionsService } from './documentation-versions.service';

@Module({
  controllers: [DocumentationVersionsController],
  providers: [repository(RestApiRepository), repository(DocumentationVersionRepository), repository(StageRepository), DocumentationVersionsService],
})
export class DocumentationVersionsModule {}
