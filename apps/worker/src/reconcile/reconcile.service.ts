import { Injectable, Logger } from '@nestjs/common';
import { LimitReconcileService } from './limit-reconcile.service';
import { describeSummary } from './reconcile-summary';
import type { ReconcileSummary } from './reconcile-summary';
import { StageReconcileService } from './stage-reconcile.service';

/**
 * One reconcile pass: Postgres (the source of truth) against what the data planes read from Redis. This is
 * the guaranteed delivery path; publish jobs are only the fast one. Idempotent: a pass over a consistent
 * Redis writes nothing and notifies nobody.
 */
@Injectable()
export class ReconcileService {
  private readonly logger = new Logger(ReconcileService.name);
  private running: Promise<ReconcileSummary> | undefined;

  constructor(private readonly stages: StageReconcileService, private readonly limits: LimitReconcileService) {}

  /** Runs a pass, or joins the one this worker is already running (a slow pass is not doubled up). */
  reconcile(): Promise<ReconcileSummary> {
    this.running ??= this.pass().finally(() => { this.running = undefined; });
    return this.running;
  }

  private async pass(): Promise<ReconcileSummary> {
    const started = Date.now();
    const stages = await this.stages.reconcile();
    const limits = await this.limits.reconcile();
    const summary: ReconcileSummary = {
      stages: stages.counts, apiKeys: limits.apiKeys, usagePlans: limits.usagePlans, accounts: limits.accounts,
      failed: stages.failed + limits.failed, durationMs: Date.now() - started,
    };
    const line = describeSummary(summary);
    if (summary.failed > 0) this.logger.warn(line);
    else this.logger.log(line);
    return summary;
  }
}
