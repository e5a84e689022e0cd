import { Injectable } from '@nestjs/common';
import { DocumentationPartRepository, RestApiRepository, toPage, type DocumentationPartEntity, type PageRequest, type TenantScope } from '@tollgate/persistence';
import { type ListResponse, parsePageQuery, toListResponse } from '../common/pagination';
import { parsePatchOperations } from '../common/patch-operations';
import { parseCreateDocumentationPartRequest } from './create-documentation-part.request';
import { type DocumentationPart, asDocumentationPart } from './documentation-part.mapper';
import { documentationPartFilter, type DocumentationPartQuery } from './documentation-part-filter';
import { DocumentationPartsError, DocumentationPartsErrorCode } from './documentation-parts.error';
import { applyDocumentationPartPatch } from './update-documentation-part.request';

/** CreateDocumentationPart, GetDocumentationPart(s), UpdateDocumentationPart, DeleteDocumentationPart. */
@Injectable()
export class DocumentationPartsService {
  constructor(
    private readonly restApis: RestApiRepository,
    private readonly parts: DocumentationPartRepository,
  ) {}

  async create(scope: TenantScope, restApiId: string, body: unknown): Promise<DocumentationPart> {
    const values = parseCreateDocumentationPartRequest(body);
    await this.requireRestApi(scope, restApiId);
    const created = await this.parts.create(scope, restApiId, values);
    if (!created) throw new DocumentationPartsError(DocumentationPartsErrorCode.PartExists, 'Documentation part already exists for the specified location');
    return asDocumentationPart(created);
  }

  async get(scope: TenantScope, restApiId: string, id: string): Promise<DocumentationPart> {
    return asDocumentationPart(await this.requirePart(scope, restApiId, id));
  }

  async list(scope: TenantScope, restApiId: string, query: DocumentationPartQuery, limit?: string, position?: string): Promise<ListResponse<DocumentationPart>> {
    const page = parsePageQuery(limit, position);
    const matches = documentationPartFilter(query);
    await this.requireRestApi(scope, restApiId);
    const parts = (await this.parts.listAll(scope, restApiId)).filter(matches);
    return toListResponse(pageOf(parts, page), asDocumentationPart);
  }

  async update(scope: TenantScope, restApiId: string, id: string, body: unknown): Promise<DocumentationPart> {
    const properties = applyDocumentationPartPatch(parsePatchOperations(body, DocumentationPartsError.invalid));
    await this.requirePart(scope, restApiId, id);
    if (properties !== undefined && !(await this.parts.updateProperties(scope, restApiId, id, properties))) throw DocumentationPartsError.partNotFound();
    return asDocumentationPart(await this.requirePart(scope, restApiId, id));
  }

  async delete(scope: TenantScope, restApiId: string, id: string): Promise<void> {
    if (!(await this.parts.delete(scope, restApiId, id))) await this.requirePart(scope, restApiId, id);
  }

  private async requirePart(scope: TenantScope, restApiId: string, id: string): Promise<DocumentationPartEntity> {
    const part = await this.parts.find(scope, restApiId, id);
    if (part) return part;
    await this.requireRestApi(scope, restApiId);
    throw DocumentationPartsError.partNotFound();
  }

  private async requireRestApi(scope: TenantScope, restApiId: string): Promise<void> {
    if (!(await this.restApis.exists(scope, restApiId))) throw DocumentationPartsError.restApiNotFound(scope.accountId, restApiId);
  }
}

/** Keyset page over an already ordered, filtered list (created date, id), like the repositories' pages. */
function pageOf(parts: DocumentationPartEntity[], page: PageRequest) {
  const after = page.after;
  const start = after ? parts.filter((p) => p.createdDate < after.createdDate || (p.createdDate.getTime() === after.createdDate.getTime() && p.id <= after.id)).length : 0;
  return toPage(parts.slice(start, start + page.limit + 1), page.limit);
}
