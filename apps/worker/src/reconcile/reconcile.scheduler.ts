import { Inject, Injectable } from '@nestjs/common';
import { RECONCILE_QUEUE } from '@tollgate/jobs';
import { QUEUE_DRIVER } from '../queue/queue-driver';
import type { QueueDriver } from '../queue/queue-driver';
import { WORKER_OPTIONS } from '../worker-options';
import type { StartWorkerOptions } from '../worker-options';
import { ReconcileProcessor } from './reconcile.processor';

/** WORKER_RECONCILE_EVERY_MS's default for the worker process (in-process starts default to off). */
export const DEFAULT_RECONCILE_EVERY_MS = 30_000;

/**
 * Consumes the reconcile queue and schedules `reconcile-redis` every `reconcileEveryMs`: one schedule
 * shared by the fleet, so each pass runs on one worker only. 0 or unset: this worker neither schedules
 * nor runs passes.
 */
@Injectable()
export class ReconcileScheduler {
  constructor(
    @Inject(QUEUE_DRIVER) private readonly driver: QueueDriver,
    @Inject(WORKER_OPTIONS) private readonly options: StartWorkerOptions,
    private readonly processor: ReconcileProcessor,
  ) {}

  /** Off without Postgres (a worker on an in-memory stage source has nothing to compare against). */
  get enabled(): boolean {
    return this.everyMs > 0 && this.options.source === undefined;
  }

  async start(): Promise<void> {
    if (!this.enabled) return;
    this.driver.work(RECONCILE_QUEUE, (job) => this.processor.process(job));
    await this.driver.schedule(RECONCILE_QUEUE, 'reconcile-redis', {}, this.everyMs);
  }

  private get everyMs(): number {
    return this.options.reconcileEveryMs ?? 0;
  }
}
