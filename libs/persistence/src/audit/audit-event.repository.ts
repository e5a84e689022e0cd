import type { DataSource, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditEventQuery {
  readonly startTime?: Date;
  readonly endTime?: Date;
  readonly eventName?: string;
  readonly limit: number;
  /** Newest first: the next page starts strictly before this event. */
  readonly before?: { readonly eventTime: Date; readonly id: string };
}

/** Audit events; reads are scoped to one account (all regions, like an organisation-wide trail per account). */
export class AuditEventRepository {
  private readonly repo: Repository<AuditEventEntity>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(AuditEventEntity);
  }

  async insert(event: AuditEventEntity): Promise<void> {
    // jsonb `requestParameters` is free-form; TypeORM's deep-partial type cannot follow `unknown` values.
    await this.repo.insert(event as QueryDeepPartialEntity<AuditEventEntity>);
  }

  /** `limit + 1` events, newest first. */
  list(accountId: string, query: AuditEventQuery): Promise<AuditEventEntity[]> {
    const builder = this.repo
      .createQueryBuilder('e')
      .where('e.account_id = :accountId', { accountId })
      .orderBy('e.event_time', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .take(query.limit + 1);
    if (query.startTime) builder.andWhere('e.event_time >= :startTime', { startTime: query.startTime });
    if (query.endTime) builder.andWhere('e.event_time <= :endTime', { endTime: query.endTime });
    if (query.eventName) builder.andWhere('e.event_name = :eventName', { eventName: query.eventName });
    if (query.before) builder.andWhere('(e.event_time, e.id) < (:beforeTime, :beforeId)', { beforeTime: query.before.eventTime, beforeId: query.before.id });
    return builder.getMany();
  }
}
