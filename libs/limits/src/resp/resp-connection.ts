import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect, type ConnectionOptions } from 'node:tls';
import { encodeCommand } from './resp-frame';
import { RespError, RespReader, type RespValue } from './resp-reader';

export interface RespConnectionOptions {
  host: string;
  port: number;
  username?: string;
  password?: string;
  /** SELECT this database after connecting. */
  db?: number;
  /** TLS (rediss://): true for defaults, or node tls options. */
  tls?: boolean | ConnectionOptions;
  /** A command without a reply after this long fails, with everything queued behind it, and the socket is replaced. */
  timeoutMs: number;
  /** Sent before anything else on every (re)connect, e.g. SCRIPT LOAD; replies are checked, not returned. */
  onConnectCommands?: ReadonlyArray<ReadonlyArray<string | number>>;
  /** Connection errors and failed start-up commands (reconnecting is automatic). */
  onError?: (error: Error) => void;
  /**
   * Checked on every send: while it answers false, commands fail at once as if disconnected. Lets the
   * connection follow another one's life (the data plane ties it to its ioredis limiter connection).
   */
  isUsable?: () => boolean;
  /** Longest wait between reconnect attempts; default 2000 ms. */
  maxReconnectDelayMs?: number;
}

/** Called once per command with its reply (an error reply arrives as a RespError value) or a transport error. */
export interface ReplyHandler<T> {
  reply(value: RespValue, tag: T): void;
  fail(error: Error, tag: T): void;
}

/** Thrown into handlers while the connection is down: no offline queue, callers decide at once. */
export class RespUnavailableError extends Error {
  override readonly name = 'RespUnavailableError';
}

interface Pending {
  handler: ReplyHandler<unknown>;
  tag: unknown;
  sentAt: number;
}

/**
 * A minimal pipelining Redis client over one socket, for the limiter's one-call-per-request path (why it
 * exists instead of ioredis: apps/data-plane/README.md "Limiter client", measured). Commands arrive as
 * pre-encoded RESP frames; every frame queued during one event-loop turn goes out in one write, and replies
 * are matched to commands in order (Redis answers a connection's commands in order). No offline queue:
 * while disconnected, `send` fails the handler at once. Reconnects with backoff. Single node only (no
 * Cluster redirects): use the ioredis limiter for Redis Cluster.
 */
export class RespConnection {
  private socket: Socket | null = null;
  private ready = false;
  private closed = false;
  private attempts = 0;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private readonly timeoutTimer: NodeJS.Timeout;
  private readonly pending: Pending[] = [];
  private head = 0;
  private outgoing = '';
  private flushScheduled = false;
  private readonly reader = new RespReader((value) => this.onReply(value));
  private readyWaiters: Array<() => void> = [];

  constructor(private readonly options: RespConnectionOptions) {
    // One timer for all commands: replies come in order, so only the oldest can be the first to time out.
    this.timeoutTimer = setInterval(() => this.checkTimeout(), Math.max(5, options.timeoutMs / 4));
    this.timeoutTimer.unref();
    this.connect();
  }

  /** From a `redis://` / `rediss://` URL (user, password, `/db` as in ioredis). */
  static fromUrl(url: string, options: Omit<RespConnectionOptions, 'host' | 'port'>): RespConnection {
    const parsed = new URL(url);
    const db = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : undefined;
    return new RespConnection({
      ...options,
      host: parsed.hostname || '127.0.0.1',
      port: parsed.port ? Number(parsed.port) : 6379,
      username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
      password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
      db: db !== undefined && Number.isInteger(db) ? db : undefined,
      tls: parsed.protocol === 'rediss:' ? true : options.tls,
    });
  }

  get isReady(): boolean {
    return this.ready;
  }

  /** Resolves once connected (start-up commands sent); immediately if already. */
  whenReady(): Promise<void> {
    if (this.ready) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** Queues one encoded command; the handler gets exactly one reply or failure. */
  send<T>(frame: string, handler: ReplyHandler<T>, tag: T): void {
    if (!this.ready || (this.options.isUsable !== undefined && !this.options.isUsable())) {
      handler.fail(new RespUnavailableError(this.closed ? 'connection closed' : 'Redis connection not ready'), tag);
      return;
    }
    this.pending.push({ handler: handler as ReplyHandler<unknown>, tag, sentAt: Date.now() });
    this.outgoing += frame;
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      // setImmediate, not nextTick: requests parsed from different sockets in one poll phase share a write.
      setImmediate(this.flush);
    }
  }

  /** Fails what is queued and stops reconnecting. */
  close(): void {
    this.closed = true;
    this.ready = false;
    clearInterval(this.timeoutTimer);
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.drop(new RespUnavailableError('connection closed'));
    this.socket?.destroy();
    this.socket = null;
  }

  private readonly flush = (): void => {
    this.flushScheduled = false;
    if (this.outgoing === '' || !this.socket) return;
    this.socket.write(this.outgoing);
    this.outgoing = '';
  };

  private connect(): void {
    const { host, port, tls } = this.options;
    const socket = tls ? tlsConnect({ host, port, servername: host, ...(typeof tls === 'object' ? tls : {}) }) : netConnect({ host, port });
    socket.setNoDelay(true);
    // A blackholed address would otherwise wait for the OS connect timeout (minutes) before retrying.
    socket.setTimeout(Math.max(1000, this.options.timeoutMs), () => socket.destroy(new Error('Redis connect timed out')));
    this.socket = socket;
    socket.once(tls ? 'secureConnect' : 'connect', () => {
      socket.setTimeout(0);
      this.onConnect(socket);
    });
    socket.on('data', (chunk: Buffer) => {
      try {
        this.reader.feed(chunk);
      } catch (error) {
        this.options.onError?.(error as Error);
        socket.destroy();
      }
    });
    socket.on('error', (error) => this.options.onError?.(error));
    socket.once('close', () => this.onClose(socket));
  }

  private onConnect(socket: Socket): void {
    if (socket !== this.socket) return;
    this.attempts = 0;
    const { username, password, db, onConnectCommands = [] } = this.options;
    const setup: Array<ReadonlyArray<string | number>> = [];
    if (password) setup.push(username ? ['AUTH', username, password] : ['AUTH', password]);
    if (db) setup.push(['SELECT', db]);
    setup.push(...onConnectCommands);
    // Pipelined ahead of everything else: Redis runs them first, so later commands see their effect.
    this.ready = true;
    for (const command of setup) this.send(encodeCommand(command), this.setupHandler, command[0]);
    this.flush();
    const waiters = this.readyWaiters;
    this.readyWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private readonly setupHandler: ReplyHandler<unknown> = {
    reply: (value, command) => {
      if (value instanceof RespError) this.options.onError?.(new Error(`${String(command)} failed: ${value.message}`));
    },
    fail: () => undefined,
  };

  private onReply(value: RespValue): void {
    const entry = this.pending[this.head];
    if (!entry) return; // a reply nobody waits for (cannot happen unless the server misbehaves)
    this.pending[this.head] = undefined as unknown as Pending;
    this.head++;
    if (this.head === this.pending.length) {
      this.pending.length = 0;
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.pending.length) {
      this.pending.splice(0, this.head);
      this.head = 0;
    }
    try {
      entry.handler.reply(value, entry.tag);
    } catch (error) {
      // A caller's bug must not look like a protocol error and drop every other command on the socket.
      this.options.onError?.(error as Error);
    }
  }

  private onClose(socket: Socket): void {
    if (socket !== this.socket) return;
    this.socket = null;
    this.ready = false;
    this.outgoing = '';
    this.reader.reset();
    this.drop(new RespUnavailableError('Redis connection lost'));
    if (this.closed) return;
    const delay = Math.min(this.options.maxReconnectDelayMs ?? 2000, 50 * 2 ** Math.min(this.attempts++, 6));
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (!this.closed) this.connect();
    }, delay);
    this.reconnectTimer.unref();
  }

  private drop(error: Error): void {
    const entries = this.pending.splice(this.head);
    this.pending.length = 0;
    this.head = 0;
    for (const entry of entries) entry.handler.fail(error, entry.tag);
  }

  private checkTimeout(): void {
    const oldest = this.pending[this.head];
    if (!oldest || Date.now() - oldest.sentAt < this.options.timeoutMs) return;
    // Replies are ordered, so nothing queued behind the late one can arrive first: fail all, start over.
    this.options.onError?.(new Error(`Redis command timed out after ${this.options.timeoutMs} ms`));
    const socket = this.socket;
    this.drop(new RespUnavailableError(`Redis command timed out after ${this.options.timeoutMs} ms`));
    this.ready = false;
    socket?.destroy();
  }
}
