import { Inject, Injectable } from '@nestjs/common';
import { type ImportResult, ImportError, importApiDocument, mergeDefinitions, type ImportOptions } from '@tollgate/openapi';
import { ApiDefinitionReader, ApiDefinitionWriter, newId, type TenantScope } from '@tollgate/persistence';
import { toRestApi } from '../rest-apis/rest-api.mapper';
import type { ImportedRestApi } from '../rest-apis/rest-api-import.hook';
import { parseImportRestApiRequest, parsePutRestApiRequest } from './import-rest-api.request';
import { RestApiImportsError } from './rest-api-imports.error';

type Query = Readonly<Record<string, unknown>>;

/** ImportRestApi and PutRestApi: parse the OpenAPI document, then store the definition in one transaction. */
@Injectable()
export class RestApiImportsService {
  constructor(
    @Inject(ApiDefinitionWriter) private readonly writer: ApiDefinitionWriter,
    @Inject(ApiDefinitionReader) private readonly reader: ApiDefinitionReader,
  ) {}

  async importApi(scope: TenantScope, document: Buffer, query: Query): Promise<ImportedRestApi> {
    const request = parseImportRestApiRequest(query);
    // The id comes first: imported model schemas reference other models by a URL that holds it.
    const id = newId();
    const { definition, warnings } = await parse(document, { ...request, restApiId: id });
    const api = await this.writer.create(scope, definition, { id, defaultEndpointTypes: request.endpointTypes });
    return withWarnings(toRestApi(api), warnings);
  }

  async putApi(scope: TenantScope, restApiId: string, document: Buffer, query: Query): Promise<ImportedRestApi> {
    const request = parsePutRestApiRequest(query);
    const existing = await this.reader.load(scope, restApiId);
    if (!existing) throw RestApiImportsError.notFound(scope.accountId, restApiId);
    const { definition, warnings } = await parse(document, { ...request, restApiId });
    const api = await this.writer.replace(scope, restApiId, mergeDefinitions(existing, definition, request.mode));
    if (!api) throw RestApiImportsError.notFound(scope.accountId, restApiId);
    return withWarnings(toRestApi(api), warnings);
  }
}

async function parse(document: Buffer, options: ImportOptions): Promise<ImportResult> {
  try {
    return await importApiDocument(document.toString('utf8'), options);
  } catch (error) {
    if (error instanceof ImportError) throw RestApiImportsError.invalid(error.message);
    throw error;
  }
}

function withWarnings<T extends object>(api: T, warnings: readonly string[]): T & { warnings?: string[] } {
  return warnings.length > 0 ? { ...api, warnings: [...warnings] } : api;
}
