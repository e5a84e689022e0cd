import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { type AuditEventEntity, AuditEventRepository } from '@tollgate/persistence';

/**
 * Writes audit events in the background. Failures are logged, never thrown: the call they describe has
 * already been answered. Shutdown waits for writes in flight so none is lost when the app stops.
 */
@Injectable()
export class AuditRecorderService implements BeforeApplicationShutdown {
  private readonly logger = new Logger('AuditTrail');
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly events: AuditEventRepository) {}

  /** `build` runs inside the guarded section too, so a malformed request cannot crash the process. */
  record(build: () => AuditEventEntity): void {
    const write = Promise.resolve()
      .then(() => this.events.insert(build()))
      .catch((error: unknown) => this.logger.warn(`audit event not recorded: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => this.pending.delete(write));
    this.pending.add(write);
  }

  /** Resolves when every write started so far has finished (tests; shutdown). */
  async flush(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  /** Before shutdown hooks, so the DataSource is still open. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.flush();
  }
}
