import { Module } from '@nestjs/common';
import { RestApiImportHook } from './rest-api-import.hook';
import { RestApisController } from './rest-apis.controller';
import { RestApisService } from './rest-apis.service';

@Module({
  controllers: [RestApisController],
  providers: [RestApisService, RestApiImportHook],
  exports: [RestApisService, RestApiImportHook],
})
export class RestApisModule {}
