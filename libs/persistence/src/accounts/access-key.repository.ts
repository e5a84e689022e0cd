import type { DataSource, Repository } from 'typeorm';
import { AccessKeyEntity } from './access-key.entity';
import { AccountEntity } from './account.entity';

export interface AccessKeyCredential {
  accessKeyId: string;
  secretAccessKey: string;
  accountId: string;
  /** False when either the key or its account is disabled. */
  enabled: boolean;
}

/**
 * Credentials for SigV4. `findCredential` is the one lookup that cannot take an account id: finding the
 * account from the access key id is its purpose. Everything else is scoped by account.
 */
export class AccessKeyRepository {
  private readonly keys: Repository<AccessKeyEntity>;

  constructor(dataSource: DataSource) {
    this.keys = dataSource.getRepository(AccessKeyEntity);
  }

  async findCredential(accessKeyId: string): Promise<AccessKeyCredential | null> {
    const row = await this.keys
      .createQueryBuilder('k')
      .innerJoin(AccountEntity, 'a', 'a.account_id = k.account_id')
      .select(['k.access_key_id AS "accessKeyId"', 'k.secret_access_key AS "secretAccessKey"', 'k.account_id AS "accountId"'])
      .addSelect('k.enabled AND a.enabled', 'enabled')
      .where('k.access_key_id = :accessKeyId', { accessKeyId })
      .getRawOne<AccessKeyCredential>();
    return row ?? null;
  }

  async setEnabled(accountId: string, accessKeyId: string, enabled: boolean): Promise<boolean> {
    const result = await this.keys.update({ accountId, accessKeyId }, { enabled });
    return (result.affected ?? 0) > 0;
  }
}
