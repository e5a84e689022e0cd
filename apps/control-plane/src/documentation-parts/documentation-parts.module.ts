import { Module } from '@nestjs/common';
import { DocumentationPartRepository, RestApiRepository } from '@tollgate/persistence';
import { repositoryProvider as repository } from '../database/repository.provider';
import { DocumentationPartsController } from './documentation-parts.controller';
import { DocumentationPartsService } from './documentation-parts.service';
import { ImportDocumentationPartsService } from './import-documentation-parts.service';

@Module({
  controllers: [DocumentationPartsController],
  providers: [repository(RestApiRepository), repository(DocumentationPartRepository), DocumentationPartsService, ImportDocumentationPartsService],
})
export class DocumentationPartsModule {}
