import { randomBytes, randomInt } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AccessKeyEntity } from './access-key.entity';
import { AccountEntity } from './account.entity';

export interface CreatedAccount {
  accountId: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export interface CreateAccountOptions {
  /** 12 digits; random when omitted. */
  accountId?: string;
  name?: string;
}

const KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function randomAccountId(): string {
  let id = String(randomInt(1, 10));
  for (let i = 1; i < 12; i++) id += String(randomInt(0, 10));
  return id;
}

function randomAccessKeyId(): string {
  let id = 'AKIA';
  for (let i = 0; i < 16; i++) id += KEY_ALPHABET[randomInt(KEY_ALPHABET.length)];
  return id;
}

/** Creates an account with one enabled access key (AWS-shaped: AKIA… id, 40-character secret). */
export async function createAccount(dataSource: DataSource, options: CreateAccountOptions = {}): Promise<CreatedAccount> {
  const accountId = options.accountId ?? randomAccountId();
  if (!/^\d{12}$/.test(accountId)) throw new Error(`account id must be 12 digits: ${accountId}`);
  const created: CreatedAccount = {
    accountId,
    accessKeyId: randomAccessKeyId(),
    secretAccessKey: randomBytes(30).toString('base64'),
  };
  await dataSource.transaction(async (manager) => {
    await manager.insert(AccountEntity, { accountId, name: options.name ?? null });
    await manager.insert(AccessKeyEntity, { accessKeyId: created.accessKeyId, secretAccessKey: created.secretAccessKey, accountId });
  });
  return created;
}
