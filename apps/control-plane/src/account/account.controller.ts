import { Body, Controller, Get, Patch } from '@nestjs/common';
import { Caller } from '../auth/caller';
import type { Account } from './account.mapper';
import { AccountService } from './account.service';

@Controller('account')
export class AccountController {
  constructor(private readonly account: AccountService) {}

  @Get()
  get(@Caller() caller: Caller): Promise<Account> {
    return this.account.get(caller);
  }

  @Patch()
  update(@Caller() caller: Caller, @Body() body: unknown): Promise<Account> {
    return this.account.update(caller, body);
  }
}
