import { Injectable } from '@nestjs/common';
import { DocumentationVersionRepository, RestApiRepository, StageRepository, type DocumentationVersionEntity, type TenantScope } from '@tollgate/persistence';
import { type ListResponse, parsePageQuery } from '../common/pagination';
import { parsePatchOperations } from '../common/patch-operations';
import { parseCreateDocumentationVersionRequest } from './create-documentation-version.request';
import { decodeVersionPosition, pageVersions } from './documentation-version-position';
import { type DocumentationVersion, asDocumentationVersion } from './documentation-version.mapper';
import { DocumentationVersionsError, DocumentationVersionsErrorCode } from './documentation-versions.error';
import { applyDocumentationVersionPatch } from './update-documentation-version.request';

/** CreateDocumentationVersion (freezes the parts), GetDocumentationVersion(s), Update, Delete. */
@Injectable()
export class DocumentationVersionsService {
  constructor(
    private readonly restApis: RestApiRepository,
    private readonly versions: DocumentationVersionRepository,
    private readonly stages: StageRepository,
  ) {}

  /** With `stageName`, the stage's documentationVersion points at the new version (the stage must exist). */
  async create(scope: TenantScope, restApiId: string, body: unknown): Promise<DocumentationVersion> {
    const request = parseCreateDocumentationVersionRequest(body);
    await this.requireRestApi(scope, restApiId);
    const { stageName } = request;
    if (stageName !== undefined && !(await this.stages.find(scope, restApiId, stageName))) throw this.stageNotFound();
    const created = await this.versions.create(scope, restApiId, request.documentationVersion, request.description);
    if (!created) throw new DocumentationVersionsError(DocumentationVersionsErrorCode.VersionExists, 'Documentation version already exists');
    if (stageName !== undefined) {
      const stage = await this.stages.modify(scope, restApiId, stageName, (row) => {
        row.documentationVersion = created.version;
        row.lastUpdatedDate = new Date();
      });
      if (!stage) throw this.stageNotFound();
    }
    return asDocumentationVersion(created);
  }

  async get(scope: TenantScope, restApiId: string, version: string): Promise<DocumentationVersion> {
    return asDocumentationVersion(await this.requireVersion(scope, restApiId, version));
  }

  /** Oldest first; `position` is a (createdDate, version) cursor, so paging never skips or repeats a version. */
  async list(scope: TenantScope, restApiId: string, limit?: string, position?: string): Promise<ListResponse<DocumentationVersion>> {
    const page = parsePageQuery(limit, undefined);
    const after = position ? decodeVersionPosition(position) : undefined;
    if (position && !after) throw DocumentationVersionsError.invalid('Invalid pagination token');
    await this.requireRestApi(scope, restApiId);
    const paged = pageVersions(await this.versions.listAll(scope, restApiId), page.limit, after);
    const item = paged.items.map(asDocumentationVersion);
    return paged.position ? { item, position: paged.position } : { item };
  }

  async update(scope: TenantScope, restApiId: string, version: string, body: unknown): Promise<DocumentationVersion> {
    const description = applyDocumentationVersionPatch(parsePatchOperations(body, DocumentationVersionsError.invalid));
    await this.requireVersion(scope, restApiId, version);
    if (description !== undefined && !(await this.versions.updateDescription(scope, restApiId, version, description))) throw DocumentationVersionsError.versionNotFound();
    return asDocumentationVersion(await this.requireVersion(scope, restApiId, version));
  }

  async delete(scope: TenantScope, restApiId: string, version: string): Promise<void> {
    if (!(await this.versions.delete(scope, restApiId, version))) await this.requireVersion(scope, restApiId, version);
  }

  private async requireVersion(scope: TenantScope, restApiId: string, version: string): Promise<DocumentationVersionEntity> {
    const found = await this.versions.find(scope, restApiId, version);
    if (found) return found;
    await this.requireRestApi(scope, restApiId);
    throw DocumentationVersionsError.versionNotFound();
  }

  private async requireRestApi(scope: TenantScope, restApiId: string): Promise<void> {
    if (!(await this.restApis.exists(scope, restApiId))) throw DocumentationVersionsError.restApiNotFound(scope.accountId, restApiId);
  }

  private stageNotFound(): DocumentationVersionsError {
    return new DocumentationVersionsError(DocumentationVersionsErrorCode.StageNotFound, 'Invalid stage identifier specified');
  }
}
