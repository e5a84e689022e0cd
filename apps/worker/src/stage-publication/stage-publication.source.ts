import type { StagePublication } from '@tollgate/snapshot-publisher';

export interface StageIdentity {
  accountId: string;
  restApiId: string;
  stageName: string;
}

/** Where the worker reads what a stage should look like (Postgres is the source of truth). */
export interface StagePublicationSource {
  /** The stage's current snapshot and record, or null when the stage does not exist. */
  load(stage: StageIdentity): Promise<StagePublication | null>;
  /** Every stage of every account, for republish-on-start. */
  list(): Promise<StageIdentity[]>;
}

export const STAGE_PUBLICATION_SOURCE = Symbol('StagePublicationSource');
