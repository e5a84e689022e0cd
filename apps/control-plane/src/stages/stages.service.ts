import { Injectable } from '@nestjs/common';
import { RestApiRepository, DeploymentRepository, StageRepository, type TenantScope } from '@tollgate/persistence';
import { parseCreateStageRequest } from './create-stage.request';
import { StageJobsService } from './stage-jobs.service';
import type { Stage } from './stage.mapper';
import { StageViewService } from './stage-view.service';
import { StagesError, StagesErrorCode } from './stages.error';
import { invalidRestApiMessage } from '../common/aws-messages';

/** CreateStage, GetStage, GetStages, DeleteStage. */
@Injectable()
export class StagesService {
  constructor(
    private readonly restApis: RestApiRepository,
    private readonly deployments: DeploymentRepository,
    private readonly stages: StageRepository,
    private readonly jobs: StageJobsService,
    private readonly views: StageViewService,
  ) {}

  async create(scope: TenantScope, restApiId: string, body: unknown): Promise<Stage> {
    const request = parseCreateStageRequest(body);
    await this.requireRestApi(scope, restApiId);
    const canaryDeploymentId = request.canarySettings?.deploymentId ?? request.deploymentId;
    for (const id of new Set([request.deploymentId, canaryDeploymentId])) {
      if (!(await this.deployments.exists(scope, restApiId, id))) {
        throw new StagesError(StagesErrorCode.DeploymentNotFound, 'Invalid Deployment identifier specified');
      }
    }
    const now = new Date();
    const inserted = await this.stages.insert(scope, {
      restApiId,
      stageName: request.stageName,
      deploymentId: request.deploymentId,
      description: request.description ?? null,
      variables: request.variables,
      methodSettings: {},
      cacheClusterEnabled: request.cacheClusterEnabled,
      cacheClusterSize: request.cacheClusterSize ?? null,
      tracingEnabled: request.tracingEnabled,
      canarySettings: request.canarySettings ? { ...request.canarySettings, deploymentId: canaryDeploymentId } : null,
      accessLogSettings: null,
      clientCertificateId: null,
      documentationVersion: request.documentationVersion ?? null,
      tags: request.tags,
      createdDate: now,
      lastUpdatedDate: now,
    });
    if (!inserted) throw new StagesError(StagesErrorCode.StageExists, 'Stage already exists');
    await this.jobs.publish(scope, restApiId, request.stageName);
    return this.get(scope, restApiId, request.stageName);
  }

  async get(scope: TenantScope, restApiId: string, stageName: string): Promise<Stage> {
    const stage = await this.stages.find(scope, restApiId, stageName);
    if (stage) return this.views.view(scope, stage);
    await this.requireRestApi(scope, restApiId);
    throw new StagesError(StagesErrorCode.StageNotFound, 'Invalid Stage identifier specified');
  }

  /** AWS returns every stage at once (no paging) as `{"item": [...]}`. */
  async list(scope: TenantScope, restApiId: string): Promise<{ item: Stage[] }> {
    await this.requireRestApi(scope, restApiId);
    return { item: await this.views.viewAll(scope, await this.stages.list(scope, restApiId)) };
  }

  async delete(scope: TenantScope, restApiId: string, stageName: string): Promise<void> {
    if (!(await this.stages.delete(scope, restApiId, stageName))) {
      await this.requireRestApi(scope, restApiId);
      throw new StagesError(StagesErrorCode.StageNotFound, 'Invalid Stage identifier specified');
    }
    await this.jobs.unpublish(scope, restApiId, stageName);
  }

  private async requireRestApi(scope: TenantScope, restApiId: string): Promise<void> {
    if (!(await this.restApis.exists(scope, restApiId))) {
      throw new StagesError(StagesErrorCode.RestApiNotFound, invalidRestApiMessage(scope.accountId, restApiId));
    }
  }
}
