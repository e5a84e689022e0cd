import { Module } from '@nestjs/common';
import { IntegrationRepository, IntegrationResponseRepository, MethodResponseRepository } from '@tollgate/persistence';
import { repositoryProvider as repository } from '../database/repository.provider';
import { MethodsModule } from '../methods/methods.module';
import { IntegrationResponsesService } from './integration-responses.service';
import { IntegrationsController } from './integrations.controller';
import { IntegrationsService } from './integrations.service';

@Module({
  imports: [MethodsModule],
  controllers: [IntegrationsController],
  providers: [repository(IntegrationRepository), repository(IntegrationResponseRepository), repository(MethodResponseRepository), IntegrationsService, IntegrationResponsesService],
})
export class IntegrationsModule {}
