import { Module } from '@nestjs/common';
import { VpcLinkRepository } from '@tollgate/persistence';
import { repositoryProvider as repository } from '../database/repository.provider';
import { VpcLinksController } from './vpc-links.controller';
import { VpcLinksService } from './vpc-links.service';

@Module({
  controllers: [VpcLinksController],
  providers: [repository(VpcLinkRepository), VpcLinksService],
})
export class VpcLinksModule {}
