import { createHash, randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { Redis } from 'ioredis';
import {
  redisKeys, type AccountRecord, type ApiKeyRecord, type ChangeMessage, type RedisKeys, type Snapshot, type StageRecord,
  type UsagePlanRecord,
} from '@tollgate/model';
import { snapshotContentHash } from '@tollgate/snapshot-store';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** A 12-digit account id of this test run only, so account buckets never collide with other tests. */
export function testAccountId(): string {
  return String(100_000_000_000 + Math.floor(Math.random() * 899_999_999_999));
}

export function testKeys(): RedisKeys {
  return redisKeys(`test:${randomUUID()}:`);
}

/**
 * Writes records into Redis the way the worker publishes them (JSON strings under RedisKeys, then a
 * ChangeMessage on the changes channel), so data planes pick them up exactly as in production.
 */
export class RecordWriter {
  constructor(private readonly redis: Redis, readonly keys: RedisKeys) {}

  async publishStage(snapshot: Snapshot, record: StageRecord): Promise<void> {
    const hashed = { ...snapshot, hash: '' };
    hashed.hash = snapshotContentHash(hashed);
    await this.redis.set(this.keys.snapshot(snapshot.deploymentId), JSON.stringify(hashed));
    await this.redis.set(this.keys.stage(record.restApiId, record.stageName), JSON.stringify(record));
    await this.notify({ kind: 'stage', id: `${record.restApiId}:${record.stageName}` });
  }

  async putApiKey(value: string, record: ApiKeyRecord): Promise<void> {
    await this.redis.set(this.keys.apiKey(sha256(value)), JSON.stringify(record));
    await this.notify({ kind: 'apikey', id: sha256(value) });
  }

  async putPlan(record: UsagePlanRecord): Promise<void> {
    await this.redis.set(this.keys.plan(record.id), JSON.stringify(record));
    await this.notify({ kind: 'plan', id: record.id });
  }

  async putAccount(record: AccountRecord): Promise<void> {
    await this.redis.set(this.keys.account(record.accountId), JSON.stringify(record));
    await this.notify({ kind: 'account', id: record.accountId });
  }

  async deleteAll(): Promise<void> {
    let cursor = '0';
    do {
      const [next, found] = await this.redis.scan(cursor, 'MATCH', `${this.keys.prefix}*`, 'COUNT', 500);
      cursor = next;
      if (found.length > 0) await this.redis.del(...found);
    } while (cursor !== '0');
  }

  private async notify(message: ChangeMessage): Promise<void> {
    await this.redis.publish(this.keys.changesChannel(), JSON.stringify(message));
  }
}

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** GET `path` on a data plane with the execute-api Host of `restApiId`. */
export function invoke(baseUrl: string, restApiId: string, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: { host: `${restApiId}.execute-api.us-east-1.localhost`, ...headers }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Repeats `attempt` until it returns true or `withinMs` passes; returns how long it took, or -1. */
export async function eventually(attempt: () => Promise<boolean>, withinMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started <= withinMs) {
    if (await attempt()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return -1;
}
