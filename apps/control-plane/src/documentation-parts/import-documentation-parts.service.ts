import { Injectable } from '@nestjs/common';
import { ImportError, importApiDocument } from '@tollgate/openapi';
import { DocumentationPartRepository, RestApiRepository, type TenantScope } from '@tollgate/persistence';
import { checkProperties, locationKey, parseLocation } from './documentation-location';
import { DocumentationPartsError } from './documentation-parts.error';

/** AWS `DocumentationPartIds`: what ImportDocumentationParts returns. */
export interface DocumentationPartIds {
  ids: string[];
  warnings?: string[];
}

/** ImportDocumentationParts: the parts of an OpenAPI document's `x-amazon-apigateway-documentation`. */
@Injectable()
export class ImportDocumentationPartsService {
  constructor(
    private readonly restApis: RestApiRepository,
    private readonly parts: DocumentationPartRepository,
  ) {}

  async import(scope: TenantScope, restApiId: string, body: Buffer, mode: string | undefined, failOnWarnings: string | undefined): Promise<DocumentationPartIds> {
    const fail = DocumentationPartsError.invalid;
    const resolvedMode = mode ?? 'merge';
    if (resolvedMode !== 'merge' && resolvedMode !== 'overwrite') throw fail(`Invalid import mode specified: ${resolvedMode}. Valid values are merge, overwrite`);
    if (failOnWarnings !== undefined && failOnWarnings !== 'true' && failOnWarnings !== 'false') throw fail(`Invalid value for 'failonwarnings': ${failOnWarnings}`);
    if (!(await this.restApis.exists(scope, restApiId))) throw DocumentationPartsError.restApiNotFound(scope.accountId, restApiId);
    let imported;
    try {
      imported = await importApiDocument(body.toString('utf8'), { failOnWarnings: failOnWarnings === 'true' });
    } catch (error) {
      if (error instanceof ImportError) throw fail(error.message);
      throw error;
    }
    // Later parts at the same location win, as a merge of the document onto itself would.
    const byLocation = new Map<string, { location: ReturnType<typeof parseLocation>; locationKey: string; properties: string }>();
    for (const part of imported.definition.documentationParts) {
      const location = parseLocation(part.location);
      const key = locationKey(location);
      byLocation.set(key, { location, locationKey: key, properties: checkProperties(part.properties) });
    }
    const ids = await this.parts.importParts(scope, restApiId, [...byLocation.values()], resolvedMode === 'overwrite');
    return imported.warnings.length > 0 ? { ids, warnings: imported.warnings } : { ids };
  }
}
