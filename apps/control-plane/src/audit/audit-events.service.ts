import { Injectable } from '@nestjs/common';
import { AuditEventRepository, type TenantScope } from '@tollgate/persistence';
import { type AuditEvent, toAuditEvent } from './audit-event.mapper';
import { type AuditEventsQueryInput, encodeNextToken, parseAuditEventsQuery } from './audit-events.request';

/** Lists the caller's account's audit events, newest first. */
@Injectable()
export class AuditEventsService {
  constructor(private readonly events: AuditEventRepository) {}

  async list(scope: TenantScope, input: AuditEventsQueryInput): Promise<{ events: AuditEvent[]; nextToken?: string }> {
    const query = parseAuditEventsQuery(input);
    const rows = await this.events.list(scope.accountId, query);
    if (rows.length <= query.limit) return { events: rows.map(toAuditEvent) };
    const page = rows.slice(0, query.limit);
    return { events: page.map(toAuditEvent), nextToken: encodeNextToken(page[page.length - 1]) };
  }
}
