import type { DataSource, Repository } from 'typeorm';
import { AccountEntity } from './account.entity';

export class AccountRepository {
  private readonly accounts: Repository<AccountEntity>;

  constructor(dataSource: DataSource) {
    this.accounts = dataSource.getRepository(AccountEntity);
  }

  find(accountId: string): Promise<AccountEntity | null> {
    return this.accounts.findOneBy({ accountId });
  }

  async setEnabled(accountId: string, enabled: boolean): Promise<boolean> {
    const result = await this.accounts.update({ accountId }, { enabled });
    return (result.affected ?? 0) > 0;
  }
}
