import { Injectable } from '@nestjs/common';
import { DeploymentRepository, MethodRepository, ResourceRepository, RestApiRepository, StageRepository, type TenantScope } from '@tollgate/persistence';
import { parsePatchOperations, type PatchOperation } from '../common/patch-operations';
import { StageJobsService } from './stage-jobs.service';
import type { ApiMethods } from './stage-method-settings.request';
import type { Stage } from './stage.mapper';
import { StageViewService } from './stage-view.service';
import { StagesError, StagesErrorCode } from './stages.error';
import { applyStagePatch, type StagePatchable } from './update-stage.request';
import { invalidRestApiMessage } from '../common/aws-messages';

/** UpdateStage: patch the stage under a row lock, then republish its record so the change applies without a redeploy. */
@Injectable()
export class StageUpdateService {
  constructor(
    private readonly restApis: RestApiRepository,
    private readonly deployments: DeploymentRepository,
    private readonly stages: StageRepository,
    private readonly resources: ResourceRepository,
    private readonly methods: MethodRepository,
    private readonly jobs: StageJobsService,
    private readonly views: StageViewService,
  ) {}

  async update(scope: TenantScope, restApiId: string, stageName: string, body: unknown): Promise<Stage> {
    const operations = parsePatchOperations(body, StagesError.invalid);
    const methods = touchesMethodSettings(operations) ? await this.apiMethods(scope, restApiId) : new Map<string, Set<string>>();
    let changed = false;
    const saved = await this.stages.modify(scope, restApiId, stageName, async (stage) => {
      const next = applyStagePatch(stage, operations, methods);
      if (next.deploymentId !== stage.deploymentId) await this.requireDeployment(scope, restApiId, next.deploymentId);
      const canaryDeploymentId = next.canarySettings?.deploymentId;
      if (canaryDeploymentId !== undefined && canaryDeploymentId !== stage.canarySettings?.deploymentId) {
        await this.requireDeployment(scope, restApiId, canaryDeploymentId);
      }
      changed = JSON.stringify(patchable(stage)) !== JSON.stringify(patchable(next));
      Object.assign(stage, next);
      if (changed) stage.lastUpdatedDate = new Date();
    });
    if (!saved) {
      if (!(await this.restApis.exists(scope, restApiId))) {
        throw new StagesError(StagesErrorCode.RestApiNotFound, invalidRestApiMessage(scope.accountId, restApiId));
      }
      throw new StagesError(StagesErrorCode.StageNotFound, 'Invalid Stage identifier specified');
    }
    // The stage record carries every field a patch can change (deployment, variables, method settings, canary, logs).
    if (changed) await this.jobs.publish(scope, restApiId, stageName);
    return this.views.view(scope, saved);
  }

  private async requireDeployment(scope: TenantScope, restApiId: string, deploymentId: string): Promise<void> {
    if (!(await this.deployments.exists(scope, restApiId, deploymentId))) throw StagesError.invalid('Deployment id does not exist');
  }

  /** Resource path -> verbs configured on it now (method-setting paths must name an existing method). */
  private async apiMethods(scope: TenantScope, restApiId: string): Promise<ApiMethods> {
    const [resources, methods] = await Promise.all([this.resources.listAll(scope, restApiId), this.methods.listByRestApi(scope, restApiId)]);
    const pathById = new Map(resources.map((r) => [r.id, r.path]));
    const byPath = new Map<string, Set<string>>();
    for (const method of methods) {
      const path = pathById.get(method.resourceId);
      if (path === undefined) continue;
      byPath.set(path, (byPath.get(path) ?? new Set()).add(method.httpMethod));
    }
    return byPath;
  }
}

/** Method-setting paths have four segments: /{resourcePath}/{httpMethod}/{group}/{setting}. */
function touchesMethodSettings(operations: readonly PatchOperation[]): boolean {
  return operations.some((operation) => operation.path.split('/').length === 5);
}

function patchable(stage: StagePatchable): StagePatchable {
  const { deploymentId, description, variables, methodSettings, cacheClusterEnabled, cacheClusterSize, tracingEnabled, canarySettings, accessLogSettings, clientCertificateId } = stage;
  return { deploymentId, description, variables, methodSettings, cacheClusterEnabled, cacheClusterSize, tracingEnabled, canarySettings, accessLogSettings, clientCertificateId };
}
