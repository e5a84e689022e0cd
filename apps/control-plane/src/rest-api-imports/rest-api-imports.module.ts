import { Module } from '@nestjs/common';
import { ApiDefinitionReader, ApiDefinitionWriter } from '@tollgate/persistence';
import { repositoryProvider as repository } from '../database/repository.provider';
import { RestApiImportHook } from '../rest-apis/rest-api-import.hook';
import { RestApisModule } from '../rest-apis/rest-apis.module';
import { RestApiImportsController } from './rest-api-imports.controller';
import { RestApiImportsService } from './rest-api-imports.service';

@Module({
  imports: [RestApisModule],
  controllers: [RestApiImportsController],
  providers: [repository(ApiDefinitionWriter), repository(ApiDefinitionReader), RestApiImportsService],
})
export class RestApiImportsModule {
  constructor(hook: RestApiImportHook, imports: RestApiImportsService) {
    hook.use((scope, document, query) => imports.importApi(scope, document, query));
  }
}
