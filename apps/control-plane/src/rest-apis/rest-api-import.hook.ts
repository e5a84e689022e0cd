import { Injectable } from '@nestjs/common';
import type { TenantScope } from '@tollgate/persistence';
import type { RestApi } from './rest-api.mapper';
import { RestApisError } from './rest-apis.error';

/** ImportRestApi's answer: the created API plus the import warnings, as AWS returns them. */
export type ImportedRestApi = RestApi & { warnings?: string[] };

/** Handles `POST /restapis?mode=import`: the document bytes and the query string (failonwarnings, parameters). */
export type RestApiImporter = (scope: TenantScope, document: Buffer, query: Readonly<Record<string, unknown>>) => Promise<ImportedRestApi>;

/**
 * The seam between CreateRestApi and ImportRestApi, which share `POST /restapis` and differ by `mode=import`:
 * the imports feature registers its handler here at start-up, so rest-apis never imports it.
 */
@Injectable()
export class RestApiImportHook {
  private importer: RestApiImporter | undefined;

  use(importer: RestApiImporter): void {
    this.importer = importer;
  }

  import(scope: TenantScope, document: Buffer, query: Readonly<Record<string, unknown>>): Promise<ImportedRestApi> {
    if (!this.importer) throw RestApisError.invalid('ImportRestApi is not available');
    return this.importer(scope, document, query);
  }
}
