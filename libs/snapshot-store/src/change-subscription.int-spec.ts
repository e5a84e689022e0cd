import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { redisKeys, type ChangeMessage } from '@tollgate/model';
import { ChangeSubscription } from './change-subscription';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for: ${what}`);
}

describe('ChangeSubscription (real Redis)', () => {
  let publisher: Redis;
  let subscriber: Redis;
  let channel: string;
  let changes: Array<Partial<ChangeMessage> | null>;
  let malformed: string[];
  let reconnects: number;
  let subscription: ChangeSubscription;

  beforeEach(async () => {
    publisher = new Redis(REDIS_URL);
    subscriber = new Redis(REDIS_URL);
    channel = redisKeys(`test:${randomUUID()}:`).changesChannel();
    changes = [];
    malformed = [];
    reconnects = 0;
    subscription = new ChangeSubscription(subscriber, channel, {
      onChange: (message) => changes.push(message),
      onReconnect: () => reconnects++,
      onMalformed: (raw) => malformed.push(raw),
    });
    await subscription.start();
  });
  afterEach(async () => {
    await subscription.leave();
    publisher.disconnect();
    subscriber.disconnect();
  });

  it('passes parsed messages of its channel only, and malformed ones to onMalformed', async () => {
    await publisher.publish(`${channel}:other`, JSON.stringify({ kind: 'plan', id: 'elsewhere' }));
    await publisher.publish(channel, 'not json');
    await publisher.publish(channel, JSON.stringify({ kind: 'plan', id: 'p1' }));
    await until(() => changes.length === 1, 'the plan change');
    expect(changes).toEqual([{ kind: 'plan', id: 'p1' }]);
    expect(malformed).toEqual(['not json']);
    expect(reconnects).toBe(0);
  });

  it('reports a reconnect (not the first connect), and nothing once stopped', async () => {
    subscriber.disconnect(true);
    await until(() => reconnects === 1, 'the reconnect');
    await publisher.publish(channel, JSON.stringify({ kind: 'account', id: 'a1' }));
    await until(() => changes.length === 1, 'a change after the reconnect');

    subscription.stop();
    // The connection still receives the channel (stop() keeps the subscription); only the handlers are gone.
    const delivered: string[] = [];
    subscriber.on('message', (_channel: string, raw: string) => delivered.push(raw));
    await publisher.publish(channel, JSON.stringify({ kind: 'account', id: 'a2' }));
    await until(() => delivered.length === 1, 'delivery after stop');
    expect(changes).toEqual([{ kind: 'account', id: 'a1' }]);
  });
});
