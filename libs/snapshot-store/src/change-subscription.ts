import type { Redis } from 'ioredis';
import type { ChangeMessage } from '@tollgate/model';

export interface ChangeHandlers {
  /** A JSON message on the changes channel; fields are unchecked (publishers may be newer or older). */
  onChange(message: Partial<ChangeMessage> | null): void;
  /** The subscriber is ready again after a reconnect: notifications may have been missed meanwhile. */
  onReconnect(): void;
  /** A message that is not JSON (default: ignored). */
  onMalformed?(raw: string): void;
}

/**
 * Listens to the changes channel on a subscriber connection the caller owns, and tells reconnects apart
 * from the first connect, so in-memory caches can re-read what they hold. Several listeners may share
 * one subscriber: subscribing twice to a channel is harmless.
 */
export class ChangeSubscription {
  private started = false;

  constructor(
    private readonly subscriber: Redis,
    private readonly channel: string,
    private readonly handlers: ChangeHandlers,
  ) {}

  /** Resolves once subscribed. */
  async start(): Promise<void> {
    this.subscriber.on('message', this.onMessage);
    this.subscriber.on('ready', this.onReady);
    await this.subscriber.subscribe(this.channel);
    this.started = true;
  }

  /** Stops listening but stays subscribed (another listener may share the subscription). */
  stop(): void {
    this.subscriber.off('message', this.onMessage);
    this.subscriber.off('ready', this.onReady);
  }

  /** Stops listening and leaves the channel. */
  async leave(): Promise<void> {
    this.stop();
    if (this.subscriber.status === 'ready') await this.subscriber.unsubscribe(this.channel);
  }

  private readonly onMessage = (channel: string, raw: string): void => {
    if (channel !== this.channel) return;
    let message: Partial<ChangeMessage> | null;
    try {
      message = JSON.parse(raw) as Partial<ChangeMessage> | null;
    } catch {
      this.handlers.onMalformed?.(raw);
      return;
    }
    this.handlers.onChange(message);
  };

  private readonly onReady = (): void => {
    if (this.started) this.handlers.onReconnect();
  };
}
