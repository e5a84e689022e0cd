import { Module } from '@nestjs/common';
import { TagRepository } from '@tollgate/persistence';
import { repositoryProvider as repository } from '../database/repository.provider';
import { TagsController } from './tags.controller';
import { TagsService } from './tags.service';

@Module({
  controllers: [TagsController],
  providers: [repository(TagRepository), TagsService],
})
export class TagsModule {}
