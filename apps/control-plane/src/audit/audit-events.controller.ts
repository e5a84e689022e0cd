import { Controller, Get, Query } from '@nestjs/common';
import { Caller } from '../auth/caller';
import type { AuditEvent } from './audit-event.mapper';
import { AuditEventsService } from './audit-events.service';

/** Tollgate's own endpoint (not part of AWS's API): the account's audit trail. */
@Controller('tollgate/audit-events')
export class AuditEventsController {
  constructor(private readonly events: AuditEventsService) {}

  @Get()
  listAuditEvents(
    @Caller() caller: Caller,
    @Query('startTime') startTime?: unknown,
    @Query('endTime') endTime?: unknown,
    @Query('operation') operation?: unknown,
    @Query('maxResults') maxResults?: unknown,
    @Query('nextToken') nextToken?: unknown,
  ): Promise<{ events: AuditEvent[]; nextToken?: string }> {
    return this.events.list(caller, { startTime, endTime, operation, maxResults, nextToken });
  }
}
