import { Module } from '@nestjs/common';
import { DeploymentRepository, RestApiGraphRepository } from '@tollgate/persistence';
import { repositoryProvider as repository } from '../database/repository.provider';
import { StagesModule } from '../stages/stages.module';
import { DeploymentsController } from './deployments.controller';
import { DeploymentsService } from './deployments.service';

@Module({
  imports: [StagesModule],
  controllers: [DeploymentsController],
  providers: [repository(DeploymentRepository), repository(RestApiGraphRepository), DeploymentsService],
})
export class DeploymentsModule {}
