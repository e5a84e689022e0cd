import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Caller } from '../auth/caller';
import { UsageError } from '../usage/usage.error';
import { toUsageReportCsv, type UsageReport } from './usage-report.mapper';
import { UsageReportsService } from './usage-reports.service';

/** Tollgate's billing report; not an AWS operation (see README.md here). */
@Controller('tollgate/usage-report')
export class UsageReportsController {
  constructor(private readonly reports: UsageReportsService) {}

  @Get()
  async get(
    @Caller() caller: Caller, @Res({ passthrough: true }) response: Response, @Query('startDate') startDate?: string, @Query('endDate') endDate?: string,
    @Query('usagePlanId') usagePlanId?: string, @Query('keyId') keyId?: string, @Query('format') format?: string,
  ): Promise<UsageReport | string> {
    const kind = (format ?? 'json').toLowerCase();
    if (kind !== 'json' && kind !== 'csv') throw UsageError.invalid(`Invalid 'format': ${format}. Valid values are csv, json`);
    const report = await this.reports.report(caller, { startDate, endDate, usagePlanId, keyId });
    if (kind === 'json') return report;
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="usage-${report.startDate}-${report.endDate}.csv"`);
    return toUsageReportCsv(report.items);
  }
}
