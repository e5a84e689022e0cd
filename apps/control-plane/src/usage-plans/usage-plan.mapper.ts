import type { QuotaSettings, ThrottleSettings } from '@tollgate/model';
import type { ApiKeyEntity, UsagePlanEntity } from '@tollgate/persistence';

/** AWS `UsagePlan` wire shape. */
export interface UsagePlan {
  id: string;
  name: string;
  description?: string;
  apiStages: Array<{ apiId: string; stage: string; throttle?: Record<string, ThrottleSettings> }>;
  throttle?: ThrottleSettings;
  quota?: QuotaSettings;
  productCode?: string;
  tags?: Record<string, string>;
}

/** AWS `UsagePlanKey`: the key's id, name and value, with type API_KEY. */
export interface UsagePlanKey {
  id: string;
  type: 'API_KEY';
  value: string;
  name?: string;
}

export function toUsagePlan(entity: UsagePlanEntity): UsagePlan {
  return {
    id: entity.id,
    name: entity.name,
    description: entity.description ?? undefined,
    apiStages: entity.apiStages.map((s) => ({ apiId: s.apiId, stage: s.stage, ...(s.throttle && Object.keys(s.throttle).length > 0 ? { throttle: s.throttle } : {}) })),
    throttle: entity.throttle ?? undefined,
    quota: entity.quota ?? undefined,
    productCode: entity.productCode ?? undefined,
    tags: Object.keys(entity.tags).length > 0 ? entity.tags : undefined,
  };
}

export function toUsagePlanKey(key: ApiKeyEntity): UsagePlanKey {
  return { id: key.id, type: 'API_KEY', value: key.value, name: key.name ?? undefined };
}
