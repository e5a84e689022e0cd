import { once } from 'node:events';
import { createServer, type Server, type Socket } from 'node:net';
import { Redis } from 'ioredis';
import { encodeCommand } from './resp-frame';
import { RespConnection, RespUnavailableError, type ReplyHandler } from './resp-connection';
import { RespError, type RespValue } from './resp-reader';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Sends one command and resolves with its reply (error replies included) or rejects on a transport failure. */
const command = (connection: RespConnection, ...parts: Array<string | number>): Promise<RespValue> => new Promise((resolve, reject) => {
  const handler: ReplyHandler<undefined> = { reply: (value) => resolve(value), fail: (error) => reject(error) };
  connection.send(encodeCommand(parts), handler, undefined);
});

describe('RespConnection', () => {
  const opened: RespConnection[] = [];
  const open = (url: string, options: Partial<ConstructorParameters<typeof RespConnection>[0]> = {}) => {
    const connection = RespConnection.fromUrl(url, { timeoutMs: 2000, ...options });
    opened.push(connection);
    return connection;
  };
  afterEach(() => {
    for (const connection of opened.splice(0)) connection.close();
  });

  describe('on real Redis', () => {
    let admin: Redis;
    beforeAll(() => {
      admin = new Redis(REDIS_URL);
    });
    afterAll(async () => {
      await admin.quit();
    });

    it('pipelines commands and answers each in order, error replies as RespError values', async () => {
      const connection = open(REDIS_URL);
      await connection.whenReady();
      const replies = await Promise.all([
        command(connection, 'PING'),
        command(connection, 'ECHO', 'héllo'),
        command(connection, 'INCRBY', 'no-such-key-is-needed', 'not-a-number'),
        ...Array.from({ length: 200 }, (_, i) => command(connection, 'ECHO', String(i))),
      ]);
      expect(replies[0]).toBe('PONG');
      expect(replies[1]).toBe('héllo');
      expect(replies[2]).toBeInstanceOf(RespError);
      expect(replies.slice(3)).toEqual(Array.from({ length: 200 }, (_, i) => String(i)));
    });

    it('runs its start-up commands first and reconnects after the server drops it', async () => {
      const name = `resp-test-${process.pid}-${Date.now()}`;
      const connection = open(REDIS_URL, { onConnectCommands: [['CLIENT', 'SETNAME', name]] });
      await connection.whenReady();
      expect(await command(connection, 'CLIENT', 'GETNAME')).toBe(name);

      // Kill only this connection (the Redis is shared with other tests).
      const id = await command(connection, 'CLIENT', 'ID');
      expect(await admin.call('CLIENT', 'KILL', 'ID', String(id))).toBe(1);
      // Dropped: fails at once while down (no offline queue), then works again after the reconnect.
      await expect(command(connection, 'PING')).rejects.toBeInstanceOf(RespUnavailableError);
      await connection.whenReady();
      expect(await command(connection, 'CLIENT', 'GETNAME')).toBe(name);
    });

    it('fails everything at once when closed, and while isUsable says no', async () => {
      let usable = true;
      const connection = open(REDIS_URL, { isUsable: () => usable });
      await connection.whenReady();
      usable = false;
      await expect(command(connection, 'PING')).rejects.toThrow('not ready');
      usable = true;
      expect(await command(connection, 'PING')).toBe('PONG');
      const pending = command(connection, 'PING');
      connection.close();
      await expect(pending).rejects.toThrow('connection closed');
      await expect(command(connection, 'PING')).rejects.toThrow('connection closed');
    });
  });

  describe('against a server that stops answering', () => {
    let server: Server;
    let url: string;
    const sockets: Socket[] = [];
    beforeAll(async () => {
      server = createServer((socket) => {
        sockets.push(socket);
        socket.on('error', () => undefined);
      }); // accepts, reads, never replies
      server.listen(0, '127.0.0.1');
      await once(server, 'listening');
      const address = server.address();
      url = `redis://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    });
    afterAll(async () => {
      for (const socket of sockets) socket.destroy();
      server.close();
      await once(server, 'close');
    });

    it('fails a command (and all queued behind it) after timeoutMs and reconnects', async () => {
      const errors: Error[] = [];
      const connection = open(url, { timeoutMs: 100, onError: (error) => errors.push(error) });
      await connection.whenReady();
      const started = Date.now();
      const results = await Promise.allSettled([command(connection, 'PING'), command(connection, 'PING')]);
      const elapsed = Date.now() - started;
      expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
      expect(String((results[0] as PromiseRejectedResult).reason)).toContain('timed out after 100 ms');
      expect(elapsed).toBeGreaterThanOrEqual(90);
      // The stub never answers, so the rejection proves the timeout fired; the wide bound only rules out a
      // hang on a loaded CI machine.
      expect(elapsed).toBeLessThan(10_000);
      expect(errors.some((e) => e.message.includes('timed out'))).toBe(true);
      await connection.whenReady();
      expect(sockets.length).toBeGreaterThanOrEqual(2); // a fresh socket replaced the stuck one
    });

    it('gives up a connect that never completes (TLS handshake unanswered) and fails fast meanwhile', async () => {
      const errors: Error[] = [];
      const connection = open(url.replace('redis:', 'rediss:'), { timeoutMs: 100, onError: (error) => errors.push(error) });
      await expect(command(connection, 'PING')).rejects.toBeInstanceOf(RespUnavailableError);
      await new Promise((resolve) => setTimeout(resolve, 1300));
      expect(errors.map((e) => e.message)).toContain('Redis connect timed out');
      expect(connection.isReady).toBe(false);
    });

    it('treats malformed bytes from the server as a lost connection', async () => {
      const errors: Error[] = [];
      const connection = open(url, { timeoutMs: 5000, onError: (error) => errors.push(error) });
      await connection.whenReady();
      const pending = command(connection, 'PING');
      await new Promise((resolve) => setTimeout(resolve, 20));
      sockets[sockets.length - 1].write('?garbage\r\n');
      await expect(pending).rejects.toBeInstanceOf(RespUnavailableError);
      expect(errors.some((e) => e.message.includes('RESP protocol error'))).toBe(true);
    });
  });

  it('fails at once while it cannot connect', async () => {
    const connection = open('redis://127.0.0.1:1', { timeoutMs: 100 });
    await expect(command(connection, 'PING')).rejects.toBeInstanceOf(RespUnavailableError);
  });
});
