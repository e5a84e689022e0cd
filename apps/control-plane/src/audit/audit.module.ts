import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuditEventRepository } from '@tollgate/persistence';
import { repositoryProvider as repository } from '../database/repository.provider';
import { AuditEventsController } from './audit-events.controller';
import { AuditEventsService } from './audit-events.service';
import { AuditRecorderService } from './audit-recorder.service';
import { AuditTrailInterceptor } from './audit-trail.interceptor';

/** The audit trail: one app-wide interceptor records every mutating call; one endpoint lists them. */
@Module({
  controllers: [AuditEventsController],
  providers: [
    repository(AuditEventRepository),
    AuditRecorderService,
    AuditEventsService,
    { provide: APP_INTERCEPTOR, useClass: AuditTrailInterceptor },
  ],
  exports: [AuditRecorderService],
})
export class AuditModule {}
