import { Module } from '@nestjs/common';
import { MethodRepository, RequestValidatorRepository, ResourceRepository, RestApiRepository } from '@tollgate/persistence';
import { repositoryProvider as repository } from '../database/repository.provider';
import { RequestValidatorsController } from './request-validators.controller';
import { RequestValidatorsService } from './request-validators.service';

@Module({
  controllers: [RequestValidatorsController],
  providers: [repository(RestApiRepository), repository(RequestValidatorRepository), repository(ResourceRepository), repository(MethodRepository), RequestValidatorsService],
})
export class RequestValidatorsModule {}
