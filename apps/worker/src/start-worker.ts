import { NestFactory } from '@nestjs/core';
import { LimitRepublishService } from './config-publish/limit-republish.service';
import type { LimitRepublishSummary } from './config-publish/limit-republish.service';
import { QueueConsumersService } from './queue/queue-consumers.service';
import { ReconcileScheduler } from './reconcile/reconcile.scheduler';
import { ReconcileService } from './reconcile/reconcile.service';
import type { ReconcileSummary } from './reconcile/reconcile-summary';
import { StageRepublishService } from './republish/stage-republish.service';
import type { RepublishSummary } from './republish/stage-republish.service';
import { UsageFlushScheduler } from './usage-flush/usage-flush.scheduler';
import { WorkerModule } from './worker.module';
import type { StartWorkerOptions } from './worker-options';

export interface WorkerHandle {
  /** What the start-up republish did. */
  republished: RepublishSummary;
  /** What the start-up republish of API keys, usage plans and account settings did (skipped: undefined). */
  republishedLimits?: LimitRepublishSummary;
  /** What the start-up reconcile pass did (reconcile off: undefined). */
  reconciled?: ReconcileSummary;
  /** Runs one reconcile pass now, whatever reconcileEveryMs says (Postgres source only). */
  reconcile(): Promise<ReconcileSummary>;
  /** Stops taking jobs, waits for running ones, closes Redis and Postgres. Safe to call twice. */
  close(): Promise<void>;
}

/** Starts the worker in-process (also used by tests): republish what Redis lacks, then consume queues. */
export async function startWorker(options: StartWorkerOptions): Promise<WorkerHandle> {
  const app = await NestFactory.createApplicationContext(WorkerModule.register(options), {
    logger: options.logger ?? ['log', 'warn', 'error'],
    // Throw start-up errors to the caller instead of exiting the process.
    abortOnError: false,
  });
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => (closing ??= app.close());
  try {
    const republished = await app.get(StageRepublishService).republishMissing();
    // Keys, plans and accounts live in Postgres: skipped for a worker run on an in-memory stage source.
    const postgres = options.source === undefined;
    const republishedLimits = postgres || options.limitSource ? await app.get(LimitRepublishService).republishMissing() : undefined;
    // Start-up pass: repairs what differs or is orphaned (republishMissing only fills gaps).
    const reconciler = app.get(ReconcileScheduler);
    const reconciled = reconciler.enabled ? await app.get(ReconcileService).reconcile() : undefined;
    app.get(QueueConsumersService).start();
    if (postgres) await app.get(UsageFlushScheduler).start();
    await reconciler.start();
    const reconcile = (): Promise<ReconcileSummary> => postgres
      ? app.get(ReconcileService).reconcile()
      : Promise.reject(new Error('reconcile needs the Postgres source (startWorker was given a stage source)'));
    return { republished, republishedLimits, reconciled, reconcile, close };
  } catch (error) {
    await close();
    throw error;
  }
}
