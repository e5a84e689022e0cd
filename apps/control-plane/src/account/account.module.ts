import { Module } from '@nestjs/common';
import { AccountSettingsRepository } from '@tollgate/persistence';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { repositoryProvider as repository } from '../database/repository.provider';
import { AccountController } from './account.controller';
import { AccountService } from './account.service';

@Module({
  imports: [ApiKeysModule],
  controllers: [AccountController],
  providers: [repository(AccountSettingsRepository), AccountService],
})
export class AccountModule {}
