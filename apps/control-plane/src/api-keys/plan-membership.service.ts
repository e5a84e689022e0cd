import { Inject, Injectable } from '@nestjs/common';
import { type ApiKeyEntity, type TenantScope, UsagePlanKeyRepository, UsagePlanRepository, type UsagePlanEntity } from '@tollgate/persistence';
import { ApiKeysError, ApiKeysErrorCode } from './api-keys.error';

/**
 * Adds keys to usage plans under AWS's rule: one key may not be in two plans that share an API stage
 * (the data plane could not tell which plan's limits apply).
 */
@Injectable()
export class PlanMembershipService {
  constructor(
    @Inject(UsagePlanRepository) private readonly plans: UsagePlanRepository,
    @Inject(UsagePlanKeyRepository) private readonly planKeys: UsagePlanKeyRepository,
  ) {}

  /** ConflictException when the key is already in the plan or in another plan with one of its stages. */
  async add(scope: TenantScope, plan: UsagePlanEntity, key: ApiKeyEntity): Promise<void> {
    const otherIds = (await this.planKeys.planIdsOfKey(scope, key.id)).filter((id) => id !== plan.id);
    const stages = new Set(plan.apiStages.map((s) => `${s.apiId}:${s.stage}`));
    for (const other of await this.plans.findMany(scope, otherIds)) {
      const shared = other.apiStages.find((s) => stages.has(`${s.apiId}:${s.stage}`));
      if (shared) throw conflict(plan.id, key.id, `${shared.apiId}:${shared.stage}`);
    }
    if (!(await this.planKeys.insert(scope, plan.id, key.id))) {
      throw new ApiKeysError(ApiKeysErrorCode.AlreadyExists, 'Usage Plan Key already exists');
    }
  }

  /** Before a plan gains `apiStage`: none of its keys may already reach that stage through another plan. */
  async assertStageFree(scope: TenantScope, usagePlanId: string, apiStage: string): Promise<void> {
    for (const keyId of await this.planKeys.keyIdsOfPlan(scope, usagePlanId)) {
      const otherIds = (await this.planKeys.planIdsOfKey(scope, keyId)).filter((id) => id !== usagePlanId);
      for (const other of await this.plans.findMany(scope, otherIds)) {
        if (other.apiStages.some((s) => `${s.apiId}:${s.stage}` === apiStage)) throw conflict(usagePlanId, keyId, apiStage);
      }
    }
  }
}

function conflict(usagePlanId: string, keyId: string, apiStage: string): ApiKeysError {
  return new ApiKeysError(
    ApiKeysErrorCode.AlreadyExists,
    `Usage Plan ${usagePlanId} cannot be added because API Key ${keyId} cannot reference multiple Usage Plans with the same API Stage: ${apiStage}`,
  );
}
