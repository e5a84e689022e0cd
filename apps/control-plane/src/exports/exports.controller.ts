import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Caller } from '../auth/caller';
import { ExportsService } from './exports.service';
import { parseGetExportRequest } from './get-export.request';

@Controller('restapis/:restApiId/stages/:stageName/exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  /** GetExport: the body is the document itself (JSON or YAML by Accept), not a JSON envelope. */
  @Get(':exportType')
  async get(
    @Caller() caller: Caller,
    @Param('restApiId') restApiId: string,
    @Param('stageName') stageName: string,
    @Param('exportType') exportType: string,
    @Headers('accept') accept: string | undefined,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const exported = await this.exports.export(caller, restApiId, stageName, parseGetExportRequest(exportType, accept, query));
    // Written as bytes: Express would append `; charset=utf-8` to a string body, and AWS's header is the bare type.
    const body = Buffer.from(exported.body, 'utf8');
    res.status(200).setHeader('Content-Type', exported.contentType);
    res.setHeader('Content-Disposition', exported.contentDisposition);
    res.setHeader('Content-Length', body.length);
    res.end(body);
  }
}
