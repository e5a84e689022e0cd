import { Inject, Injectable } from '@nestjs/common';
import { ApiKeyRepository, StageRepository, type TenantScope, type UsagePlanApiStageValue, type UsagePlanEntity, UsagePlanKeyRepository, UsagePlanRepository } from '@tollgate/persistence';
import { ConfigJobsService } from '../api-keys/config-jobs.service';
import { PlanMembershipService } from '../api-keys/plan-membership.service';
import { type ListResponse, parsePageQuery, toListResponse } from '../common/pagination';
import { parsePatchOperations } from '../common/patch-operations';
import { parseCreateUsagePlanRequest } from './create-usage-plan.request';
import { applyUsagePlanPatch } from './update-usage-plan.request';
import { toUsagePlan, type UsagePlan } from './usage-plan.mapper';
import { UsagePlansError } from './usage-plans.error';

/** CreateUsagePlan, GetUsagePlan(s), UpdateUsagePlan, DeleteUsagePlan. */
@Injectable()
export class UsagePlansService {
  constructor(
    @Inject(UsagePlanRepository) private readonly plans: UsagePlanRepository,
    @Inject(UsagePlanKeyRepository) private readonly planKeys: UsagePlanKeyRepository,
    @Inject(ApiKeyRepository) private readonly keys: ApiKeyRepository,
    @Inject(StageRepository) private readonly stages: StageRepository,
    private readonly membership: PlanMembershipService,
    private readonly jobs: ConfigJobsService,
  ) {}

  async create(scope: TenantScope, body: unknown): Promise<UsagePlan> {
    const values = parseCreateUsagePlanRequest(body);
    const id = this.plans.newId();
    for (const stage of values.apiStages) await this.requireStage(scope, stage, id);
    const plan = await this.plans.insert(scope, id, values);
    await this.jobs.publishUsagePlan(scope, id);
    return toUsagePlan(plan);
  }

  async get(scope: TenantScope, id: string): Promise<UsagePlan> {
    return toUsagePlan(await this.require(scope, id));
  }

  async list(scope: TenantScope, limit?: string, position?: string, keyId?: string): Promise<ListResponse<UsagePlan>> {
    return toListResponse(await this.plans.list(scope, parsePageQuery(limit, position), keyId || undefined), toUsagePlan);
  }

  async update(scope: TenantScope, id: string, body: unknown): Promise<UsagePlan> {
    const plan = await this.require(scope, id);
    const { values, addedStages } = applyUsagePlanPatch(plan, parsePatchOperations(body, UsagePlansError.invalid));
    for (const stage of addedStages) {
      await this.requireStage(scope, stage, id);
      await this.membership.assertStageFree(scope, id, `${stage.apiId}:${stage.stage}`);
    }
    if (!(await this.plans.update(scope, id, values))) throw UsagePlansError.notFound();
    await this.jobs.publishUsagePlan(scope, id);
    return this.get(scope, id);
  }

  /** The plan's keys lose it too (cascade), so their records are republished without it. */
  async delete(scope: TenantScope, id: string): Promise<void> {
    await this.require(scope, id);
    const keyIds = await this.planKeys.keyIdsOfPlan(scope, id);
    if (!(await this.plans.delete(scope, id))) throw UsagePlansError.notFound();
    await this.jobs.publishUsagePlan(scope, id);
    for (const keyId of keyIds) {
      const key = await this.keys.find(scope, keyId);
      if (key) await this.jobs.publishApiKey(scope, key.id, key.valueSha256);
    }
  }

  async require(scope: TenantScope, id: string): Promise<UsagePlanEntity> {
    const plan = await this.plans.find(scope, id);
    if (!plan) throw UsagePlansError.notFound();
    return plan;
  }

  private async requireStage(scope: TenantScope, stage: UsagePlanApiStageValue, usagePlanId: string): Promise<void> {
    if (!(await this.stages.find(scope, stage.apiId, stage.stage))) throw UsagePlansError.invalidApiStage(stage.apiId, stage.stage, usagePlanId);
  }
}
