import { Inject, Injectable } from '@nestjs/common';
import { exportContentType, exportDefinition, serializeExport } from '@tollgate/openapi';
import { ApiDefinitionReader, DeploymentRepository, RestApiRepository, StageRepository, type TenantScope } from '@tollgate/persistence';
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
  ) {}

  async export(scope: TenantScope, restApiId: string, stageName: string, request: GetExportRequest): Promise<ExportedDocument> {
    const api = await this.restApis.find(scope, restApiId);
    if (!api) throw ExportsError.restApiNotFound(scope.accountId, restApiId);
    const stage = await this.stages.find(scope, restApiId, stageName);
    if (!stage) throw ExportsError.stageNotFound();
    const deployment = await this.deployments.find(scope, restApiId, stage.deploymentId);
    const definition = await this.reader.load(scope, restApiId, deployment?.snapshot);
    if (!definition) throw ExportsError.restApiNotFound(scope.accountId, restApiId);
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
}
