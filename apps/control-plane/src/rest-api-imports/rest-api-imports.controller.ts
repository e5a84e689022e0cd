import { Controller, HttpCode, Param, Put, Query } from '@nestjs/common';
import { Caller } from '../auth/caller';
import { AcceptsNonJsonBody, RawBody } from '../common/raw-body.decorator';
import type { ImportedRestApi } from '../rest-apis/rest-api-import.hook';
import { RestApiImportsService } from './rest-api-imports.service';

/** PutRestApi; ImportRestApi shares `POST /restapis` with CreateRestApi and arrives through RestApiImportHook. */
@Controller('restapis')
export class RestApiImportsController {
  constructor(private readonly imports: RestApiImportsService) {}

  @Put(':restApiId')
  @HttpCode(200)
  @AcceptsNonJsonBody()
  put(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @RawBody() body: Buffer, @Query() query: Record<string, unknown>): Promise<ImportedRestApi> {
    return this.imports.putApi(caller, restApiId, body, query);
  }
}
