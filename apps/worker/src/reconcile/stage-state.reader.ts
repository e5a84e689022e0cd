import { Injectable } from '@nestjs/common';
import type { StageRecord } from '@tollgate/model';
import { StageEntity, toStageRecord } from '@tollgate/persistence';
import { WorkerDatabase } from '../config-publish/worker-database';

export interface StageCursor {
  restApiId: string;
  stageName: string;
}

/**
 * Pages through every stage's expected StageRecord in primary-key order. Stage rows are small (no snapshot),
 * so a whole page costs one query; snapshots are read only for the stages that need a repair.
 */
@Injectable()
export class StageStateReader {
  constructor(private readonly database: WorkerDatabase) {}

  async page(after: StageCursor | undefined, limit: number): Promise<StageRecord[]> {
    const query = (await this.database.get()).getRepository(StageEntity).createQueryBuilder('stage')
      .orderBy('stage.restApiId', 'ASC').addOrderBy('stage.stageName', 'ASC').limit(limit);
    if (after) query.where('(stage.restApiId, stage.stageName) > (:restApiId, :stageName)', after);
    return (await query.getMany()).map(toStageRecord);
  }
}
