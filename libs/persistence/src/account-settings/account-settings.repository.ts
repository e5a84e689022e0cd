import type { DataSource, Repository } from 'typeorm';
import { AccountSettingsEntity } from './account-settings.entity';

export type AccountSettingsValues = Omit<AccountSettingsEntity, 'accountId' | 'lastUpdatedDate'>;

/** API Gateway settings of one account (AWS keeps them per account; the throttle applies to all its APIs). */
export class AccountSettingsRepository {
  private readonly repo: Repository<AccountSettingsEntity>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(AccountSettingsEntity);
  }

  find(accountId: string): Promise<AccountSettingsEntity | null> {
    return this.repo.findOneBy({ accountId });
  }

  async save(accountId: string, values: AccountSettingsValues): Promise<void> {
    await this.repo.upsert({ ...values, accountId, lastUpdatedDate: new Date() }, ['accountId']);
  }
}
