import { Injectable } from '@nestjs/common';
import {
  RestApiRepository,
  DeploymentRepository,
  RestApiGraphRepository,
  StageRequiredError,
  newId,
  type PageRequest,
  type TenantScope,
} from '@tollgate/persistence';
import { SnapshotCompileError, compileSnapshot } from '@tollgate/snapshot-compiler';
import { toEpochSeconds } from '../common/epoch-seconds';
import { parsePatchOperations } from '../common/patch-operations';
import { toListResponse, type ListResponse } from '../common/pagination';
import { StageJobsService } from '../stages/stage-jobs.service';
import { parseCreateDeploymentRequest } from './create-deployment.request';
import { toApiSummary, toDeployment, type Deployment } from './deployment.mapper';
import { DeploymentsError, DeploymentsErrorCode } from './deployments.error';
import { applyDeploymentPatch } from './update-deployment.request';
import { invalidRestApiMessage } from '../common/aws-messages';

/** CreateDeployment, GetDeployment, GetDeployments, UpdateDeployment, DeleteDeployment. */
@Injectable()
export class DeploymentsService {
  constructor(
    private readonly graphs: RestApiGraphRepository,
    private readonly restApis: RestApiRepository,
    private readonly deployments: DeploymentRepository,
    private readonly jobs: StageJobsService,
  ) {}

  /** Compiles synchronously (refusing what the data plane could not serve), stores, then enqueues the publish. */
  async create(scope: TenantScope, restApiId: string, body: unknown): Promise<Deployment> {
    const request = parseCreateDeploymentRequest(body);
    const graph = await this.graphs.load(scope, restApiId);
    if (!graph) throw this.restApiNotFound(scope, restApiId);
    const id = newId();
    // Stored to the millisecond so listings keep creation order; the snapshot carries epoch seconds.
    const createdDate = new Date();
    let snapshot;
    try {
      snapshot = compileSnapshot(graph, id, toEpochSeconds(createdDate));
    } catch (error) {
      if (error instanceof SnapshotCompileError) throw new DeploymentsError(DeploymentsErrorCode.NotDeployable, error.message);
      throw error;
    }
    const values = { id, restApiId, description: request.description ?? null, snapshot, snapshotHash: snapshot.hash, createdDate };
    const { stageName } = request;
    try {
      await this.deployments.create(scope, values, stageName === undefined ? undefined : {
        stageName,
        description: request.stageDescription,
        variables: request.variables,
        cacheClusterEnabled: request.cacheClusterEnabled,
        cacheClusterSize: request.cacheClusterSize,
        tracingEnabled: request.tracingEnabled,
        canary: request.canarySettings,
      });
    } catch (error) {
      if (error instanceof StageRequiredError) {
        throw DeploymentsError.invalid(`Invalid stage name specified: ${error.stageName}. Canary settings require an existing stage`);
      }
      throw error;
    }
    if (stageName !== undefined) await this.jobs.publish(scope, restApiId, stageName, id);
    return toDeployment(values);
  }

  /** `embed` may hold `apisummary` (AWS's only embeddable field of a deployment). */
  async get(scope: TenantScope, restApiId: string, deploymentId: string, embed?: unknown): Promise<Deployment> {
    const deployment = await this.deployments.find(scope, restApiId, deploymentId);
    if (deployment) {
      const view = toDeployment(deployment);
      return embedsApiSummary(embed) ? { ...view, apiSummary: toApiSummary(deployment.snapshot) } : view;
    }
    await this.requireRestApi(scope, restApiId);
    throw new DeploymentsError(DeploymentsErrorCode.DeploymentNotFound, 'Invalid Deployment identifier specified');
  }

  /** Oldest first, `{"item": [...], "position"?}`. */
  async list(scope: TenantScope, restApiId: string, page: PageRequest): Promise<ListResponse<Deployment>> {
    await this.requireRestApi(scope, restApiId);
    return toListResponse(await this.deployments.list(scope, restApiId, page), toDeployment);
  }

  async update(scope: TenantScope, restApiId: string, deploymentId: string, body: unknown): Promise<Deployment> {
    const operations = parsePatchOperations(body, DeploymentsError.invalid);
    const deployment = await this.deployments.find(scope, restApiId, deploymentId);
    if (!deployment) throw await this.deploymentNotFound(scope, restApiId);
    const { description } = applyDeploymentPatch(deployment, operations);
    if (!(await this.deployments.updateDescription(scope, restApiId, deploymentId, description))) throw await this.deploymentNotFound(scope, restApiId);
    return toDeployment({ ...deployment, description });
  }

  /** AWS refuses while a stage (or its canary) still points to the deployment. */
  async delete(scope: TenantScope, restApiId: string, deploymentId: string): Promise<void> {
    const result = await this.deployments.deleteUnused(scope, restApiId, deploymentId);
    if (result === 'in-use') throw new DeploymentsError(DeploymentsErrorCode.DeploymentInUse, 'Active stages pointing to this deployment must be moved or deleted');
    if (result === 'not-found') throw await this.deploymentNotFound(scope, restApiId);
  }

  private async deploymentNotFound(scope: TenantScope, restApiId: string): Promise<DeploymentsError> {
    await this.requireRestApi(scope, restApiId);
    return new DeploymentsError(DeploymentsErrorCode.DeploymentNotFound, 'Invalid Deployment identifier specified');
  }

  private async requireRestApi(scope: TenantScope, restApiId: string): Promise<void> {
    if (!(await this.restApis.exists(scope, restApiId))) throw this.restApiNotFound(scope, restApiId);
  }

  private restApiNotFound(scope: TenantScope, restApiId: string): DeploymentsError {
    return new DeploymentsError(DeploymentsErrorCode.RestApiNotFound, invalidRestApiMessage(scope.accountId, restApiId));
  }
}

/** The `embed` query as Express parses it: one value, a comma list, or repeated values. */
function embedsApiSummary(embed: unknown): boolean {
  const values = Array.isArray(embed) ? embed : [embed];
  return values.some((v) => typeof v === 'string' && v.split(',').includes('apisummary'));
}
