import { Inject, Injectable } from '@nestjs/common';
import { ApiKeyRepository, type TenantScope, UsagePlanKeyRepository } from '@tollgate/persistence';
import { ConfigJobsService } from '../api-keys/config-jobs.service';
import { PlanMembershipService } from '../api-keys/plan-membership.service';
import { asBody, optionalString } from '../common/body-fields';
import { type ListResponse, parsePageQuery, toListResponse } from '../common/pagination';
import { toUsagePlanKey, type UsagePlanKey } from './usage-plan.mapper';
import { UsagePlansError, UsagePlansErrorCode } from './usage-plans.error';
import { UsagePlansService } from './usage-plans.service';

/** CreateUsagePlanKey, GetUsagePlanKey(s), DeleteUsagePlanKey. A membership change republishes the key. */
@Injectable()
export class UsagePlanKeysService {
  constructor(
    private readonly plans: UsagePlansService,
    @Inject(ApiKeyRepository) private readonly keys: ApiKeyRepository,
    @Inject(UsagePlanKeyRepository) private readonly planKeys: UsagePlanKeyRepository,
    private readonly membership: PlanMembershipService,
    private readonly jobs: ConfigJobsService,
  ) {}

  async create(scope: TenantScope, usagePlanId: string, body: unknown): Promise<UsagePlanKey> {
    const fail = UsagePlansError.invalid;
    const request = asBody(body, fail);
    const keyId = optionalString(request, 'keyId', fail);
    if (!keyId) throw fail("'keyId' is required");
    const keyType = optionalString(request, 'keyType', fail);
    if (keyType !== 'API_KEY') throw fail(`Invalid 'keyType': ${String(keyType)}. The only valid value is API_KEY`);
    const plan = await this.plans.require(scope, usagePlanId);
    const key = await this.keys.find(scope, keyId);
    if (!key) throw new UsagePlansError(UsagePlansErrorCode.KeyNotFound, 'Invalid API Key identifier specified');
    await this.membership.add(scope, plan, key);
    await this.jobs.publishApiKey(scope, key.id, key.valueSha256);
    return toUsagePlanKey(key);
  }

  async get(scope: TenantScope, usagePlanId: string, keyId: string): Promise<UsagePlanKey> {
    await this.plans.require(scope, usagePlanId);
    const key = (await this.planKeys.exists(scope, usagePlanId, keyId)) ? await this.keys.find(scope, keyId) : null;
    if (!key) throw UsagePlansError.keyNotFound();
    return toUsagePlanKey(key);
  }

  async list(scope: TenantScope, usagePlanId: string, limit?: string, position?: string, name?: string): Promise<ListResponse<UsagePlanKey>> {
    await this.plans.require(scope, usagePlanId);
    return toListResponse(await this.planKeys.listKeys(scope, usagePlanId, parsePageQuery(limit, position), name || undefined), toUsagePlanKey);
  }

  async delete(scope: TenantScope, usagePlanId: string, keyId: string): Promise<void> {
    await this.plans.require(scope, usagePlanId);
    if (!(await this.planKeys.delete(scope, usagePlanId, keyId))) throw UsagePlansError.keyNotFound();
    const key = await this.keys.find(scope, keyId);
    if (key) await this.jobs.publishApiKey(scope, key.id, key.valueSha256);
  }
}
