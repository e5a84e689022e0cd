import { Inject, Injectable } from '@nestjs/common';
import { type ApiDefinition, type DocumentationPartType, exportContentType, exportDefinition, serializeExport } from '@tollgate/openapi';
import {
  ApiDefinitionReader,
  DeploymentRepository,
  DocumentationVersionRepository,
  RestApiRepository,
  type StageEntity,
  StageRepository,
  type TenantScope,
} from '@tollgate/persistence';
import { ExportsError } from './exports.error';
import type { GetExportRequest } from './get-export.request';

/** GetExport's answer: the document text and the two headers AWS sends with it. */
export interface ExportedDocument {
  body: string;
  contentType: string;
  contentDisposition: string;
}

/** GetExport: the OpenAPI document of what a stage serves (its deployment's frozen snapshot over the API's settings). */
@Injectable()
export class ExportsService {
  constructor(
    @Inject(RestApiRepository) private readonly restApis: RestApiRepository,
    @Inject(StageRepository) private readonly stages: StageRepository,
    @Inject(DeploymentRepository) private readonly deployments: DeploymentRepository,
    @Inject(ApiDefinitionReader) private readonly reader: ApiDefinitionReader,
    @Inject(DocumentationVersionRepository) private readonly documentationVersions: DocumentationVersionRepository,
  ) {}

  async export(scope: TenantScope, restApiId: string, stageName: string, request: GetExportRequest): Promise<ExportedDocument> {
    const api = await this.restApis.find(scope, restApiId);
    if (!api) throw ExportsError.restApiNotFound(scope.accountId, restApiId);
    const stage = await this.stages.find(scope, restApiId, stageName);
    if (!stage) throw ExportsError.stageNotFound();
    const deployment = await this.deployments.find(scope, restApiId, stage.deploymentId);
    const current = await this.reader.load(scope, restApiId, deployment?.snapshot);
    if (!current) throw ExportsError.restApiNotFound(scope.accountId, restApiId);
    const definition = await this.withStageDocumentation(scope, stage, current);
    const document = exportDefinition(definition, {
      exportType: request.exportType,
      extensions: request.extensions,
      stageName,
      host: `${restApiId}.execute-api.${scope.region}.amazonaws.com`,
      createdDate: api.createdDate,
    });
    const stamp = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    return {
      body: serializeExport(document, request.format),
      contentType: exportContentType(request.format),
      contentDisposition: `attachment; filename="${request.exportType}_${stamp}.${request.format}"`,
    };
  }

  /** A stage with a documentation version exports that version's frozen parts (AWS); otherwise the current parts. */
  private async withStageDocumentation(scope: TenantScope, stage: StageEntity, definition: ApiDefinition): Promise<ApiDefinition> {
    if (stage.documentationVersion === null) return definition;
    const version = await this.documentationVersions.find(scope, stage.restApiId, stage.documentationVersion);
    if (!version) return definition;
    return {
      ...definition,
      documentationVersion: version.version,
      documentationParts: version.parts.map((p) => ({ location: { ...p.location, type: p.location.type as DocumentationPartType }, properties: p.properties })),
    };
  }
}
