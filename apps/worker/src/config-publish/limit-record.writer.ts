import type { AccountRecord, ApiKeyRecord, ChangeKind, ChangeMessage, RedisKeys, UsagePlanRecord } from '@tollgate/model';
import type { Redis } from 'ioredis';

/**
 * Deletes an API key record only if it still belongs to `keyId`: once a key is deleted its value may be
 * imported again as a new key, whose record a late job must not remove.
 */
const DELETE_OWN_KEY = `
local raw = redis.call('GET', KEYS[1])
if not raw then return 0 end
local ok, record = pcall(cjson.decode, raw)
if ok and type(record) == 'table' and record.id ~= ARGV[1] then return 0 end
return redis.call('DEL', KEYS[1])
`;

/**
 * Writes the records the data plane reads for keys, plans and accounts, then notifies data planes on
 * the changes channel (they re-read the record named by the message).
 */
export class LimitRecordWriter {
  constructor(private readonly redis: Redis, private readonly keys: RedisKeys) {}

  async putApiKey(valueSha256: string, record: ApiKeyRecord): Promise<void> {
    await this.write('apikey', valueSha256, this.keys.apiKey(valueSha256), record);
  }

  async deleteApiKey(valueSha256: string, keyId: string): Promise<void> {
    await this.redis.eval(DELETE_OWN_KEY, 1, this.keys.apiKey(valueSha256), keyId);
    await this.notify('apikey', valueSha256);
  }

  async putUsagePlan(record: UsagePlanRecord): Promise<void> {
    await this.write('plan', record.id, this.keys.plan(record.id), record);
  }

  async deleteUsagePlan(usagePlanId: string): Promise<void> {
    await this.redis.del(this.keys.plan(usagePlanId));
    await this.notify('plan', usagePlanId);
  }

  async putAccount(record: AccountRecord): Promise<void> {
    await this.write('account', record.accountId, this.keys.account(record.accountId), record);
  }

  async deleteAccount(accountId: string): Promise<void> {
    await this.redis.del(this.keys.account(accountId));
    await this.notify('account', accountId);
  }

  private async write(kind: ChangeKind, id: string, key: string, record: object): Promise<void> {
    await this.redis.set(key, JSON.stringify(record));
    await this.notify(kind, id);
  }

  private async notify(kind: ChangeKind, id: string): Promise<void> {
    const message: ChangeMessage = { kind, id };
    await this.redis.publish(this.keys.changesChannel(), JSON.stringify(message));
  }
}

export const LIMIT_RECORD_WRITER = Symbol('LimitRecordWriter');
