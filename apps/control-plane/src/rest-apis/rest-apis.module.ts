import { Module } from '@nestjs/common';
import { RestApisController } from './rest-apis.controller';
import { RestApisService } from './rest-apis.service';

@Module({
  controllers: [RestApisController],
  providers: [RestApisService],
  exports: [RestApisService],
})
export class RestApisModule {}
