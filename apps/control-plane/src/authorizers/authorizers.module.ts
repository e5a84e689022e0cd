import { Module } from '@nestjs/common';
import { AuthorizerRepository, MethodRepository, ResourceRepository, RestApiRepository } from '@tollgate/persistence';
import { repositoryProvider as repository } from '../database/repository.provider';
import { AuthorizersController } from './authorizers.controller';
import { AuthorizersService } from './authorizers.service';

@Module({
  controllers: [AuthorizersController],
  providers: [repository(RestApiRepository), repository(AuthorizerRepository), repository(ResourceRepository), repository(MethodRepository), AuthorizersService],
})
export class AuthorizersModule {}
