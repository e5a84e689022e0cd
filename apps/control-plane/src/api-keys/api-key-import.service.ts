import { Inject, Injectable } from '@nestjs/common';
import { type ApiKeyEntity, ApiKeyRepository, type TenantScope, UsagePlanRepository, type UsagePlanEntity } from '@tollgate/persistence';
import { apiKeyValueSha256 } from './api-key-value';
import { ApiKeysError } from './api-keys.error';
import { ConfigJobsService } from './config-jobs.service';
import { type ImportedApiKey, parseApiKeyFile } from './import-api-keys.request';
import { PlanMembershipService } from './plan-membership.service';

/** AWS `ApiKeyIds`: the ids imported and the rows skipped, with why. */
export interface ApiKeyIds {
  ids: string[];
  warnings: string[];
}

/**
 * ImportApiKeys (format=csv). A value already imported by this account is overwritten (AWS: "the most
 * recent version overwriting the previous one"); with failonwarnings=true any warning rejects the whole
 * file before anything is written.
 */
@Injectable()
export class ApiKeyImportService {
  constructor(
    @Inject(ApiKeyRepository) private readonly keys: ApiKeyRepository,
    @Inject(UsagePlanRepository) private readonly plans: UsagePlanRepository,
    private readonly membership: PlanMembershipService,
    private readonly jobs: ConfigJobsService,
  ) {}

  async import(scope: TenantScope, raw: Buffer, format: string | undefined, failOnWarnings: string | undefined): Promise<ApiKeyIds> {
    if (format === undefined || format === '') throw ApiKeysError.invalid("'format' is required: the only supported format is csv");
    if (format.toLowerCase() !== 'csv') throw ApiKeysError.invalid(`Invalid format '${format}': the only supported format is csv`);
    const { keys, warnings } = parseApiKeyFile(raw.toString('utf8'));
    // Check everything first, so failonwarnings can reject the file before any write.
    const planned: Array<{ row: ImportedApiKey; existing: ApiKeyEntity | null; plans: UsagePlanEntity[] }> = [];
    for (const row of keys) {
      const existing = await this.keys.findByValueSha256(apiKeyValueSha256(row.value));
      if (existing && (existing.accountId !== scope.accountId || existing.region !== scope.region)) {
        warnings.push(`Line ${row.line}: API Key already exists`);
        continue;
      }
      const plans = await this.plans.findMany(scope, row.usagePlanIds);
      for (const id of row.usagePlanIds) {
        if (!plans.some((plan) => plan.id === id)) warnings.push(`Line ${row.line}: Invalid Usage Plan ID specified: ${id}`);
      }
      planned.push({ row, existing, plans });
    }
    if (failOnWarnings === 'true' && warnings.length > 0) throw ApiKeysError.invalid(`Import failed with warnings: ${warnings.join('; ')}`);

    const ids: string[] = [];
    for (const { row, existing, plans } of planned) {
      const key = await this.write(scope, row, existing);
      if (!key) {
        warnings.push(`Line ${row.line}: API Key already exists`);
        continue;
      }
      for (const plan of plans) {
        try {
          await this.membership.add(scope, plan, key);
        } catch (error) {
          // Already in the plan is what the file asks for; anything else is reported.
          if (error instanceof ApiKeysError && error.message === 'Usage Plan Key already exists') continue;
          if (error instanceof ApiKeysError) warnings.push(`Line ${row.line}: ${error.message}`);
          else throw error;
        }
      }
      await this.jobs.publishApiKey(scope, key.id, key.valueSha256);
      ids.push(key.id);
    }
    return { ids, warnings };
  }

  private async write(scope: TenantScope, row: ImportedApiKey, existing: ApiKeyEntity | null): Promise<ApiKeyEntity | null> {
    const fields = { name: row.name === '' ? null : row.name, description: row.description === '' ? null : row.description, enabled: row.enabled };
    if (existing) {
      await this.keys.update(scope, existing.id, fields);
      return this.keys.find(scope, existing.id);
    }
    return this.keys.insert(scope, {
      ...fields, value: row.value, valueSha256: apiKeyValueSha256(row.value), customerId: null, stageKeys: [], tags: {},
    });
  }
}
