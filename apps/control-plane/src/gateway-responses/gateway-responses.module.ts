import { Module } from '@nestjs/common';
import { GatewayResponseRepository, RestApiRepository } from '@tollgate/persistence';
import { repositoryProvider as repository } from '../database/repository.provider';
import { GatewayResponsesController } from './gateway-responses.controller';
import { GatewayResponsesService } from './gateway-responses.service';

@Module({
  controllers: [GatewayResponsesController],
  providers: [repository(RestApiRepository), repository(GatewayResponseRepository), GatewayResponsesService],
})
export class GatewayResponsesModule {}
