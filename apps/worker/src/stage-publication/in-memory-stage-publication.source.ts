import type { StagePublication } from '@tollgate/snapshot-publisher';
import type { StageIdentity, StagePublicationSource } from './stage-publication.source';

const keyOf = (s: StageIdentity): string => `${s.accountId}/${s.restApiId}/${s.stageName}`;

/** For tests and local runs without Postgres: stages are put and deleted by hand. */
export class InMemoryStagePublicationSource implements StagePublicationSource {
  private readonly stages = new Map<string, StagePublication>();

  put(publication: StagePublication): void {
    const { accountId, restApiId, stageName } = publication.stageRecord;
    this.stages.set(keyOf({ accountId, restApiId, stageName }), publication);
  }

  delete(stage: StageIdentity): void {
    this.stages.delete(keyOf(stage));
  }

  async load(stage: StageIdentity): Promise<StagePublication | null> {
    return this.stages.get(keyOf(stage)) ?? null;
  }

  async list(): Promise<StageIdentity[]> {
    return [...this.stages.values()].map(({ stageRecord: { accountId, restApiId, stageName } }) => ({ accountId, restApiId, stageName }));
  }
}
