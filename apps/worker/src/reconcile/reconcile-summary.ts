/** What one reconcile pass found and repaired, per kind of record. */
export interface RecordCounts {
  /** Records Postgres expects plus records found in Redis without a Postgres row. */
  checked: number;
  /** Written because they were missing or differed (stages: republished with their snapshots). */
  repaired: number;
  /** Deleted because their Postgres row is gone. */
  removed: number;
}

export interface ReconcileSummary {
  stages: RecordCounts;
  apiKeys: RecordCounts;
  usagePlans: RecordCounts;
  accounts: RecordCounts;
  /** Repairs that threw (logged one by one; the next pass tries again). */
  failed: number;
  durationMs: number;
}

export const emptyCounts = (): RecordCounts => ({ checked: 0, repaired: 0, removed: 0 });

export function describeSummary(s: ReconcileSummary): string {
  const part = (name: string, c: RecordCounts): string => `${name} ${c.checked} checked/${c.repaired} repaired/${c.removed} removed`;
  return `reconcile: ${part('stages', s.stages)}, ${part('api keys', s.apiKeys)}, ${part('usage plans', s.usagePlans)}, `
    + `${part('accounts', s.accounts)}, ${s.failed} failed, ${s.durationMs} ms`;
}
