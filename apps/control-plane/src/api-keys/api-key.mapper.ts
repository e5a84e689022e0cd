import type { ApiKeyEntity } from '@tollgate/persistence';
import { toEpochSeconds } from '../common/epoch-seconds';

/** AWS `ApiKey` wire shape (dates in epoch seconds); `value` only when asked for. */
export interface ApiKey {
  id: string;
  value?: string;
  name?: string;
  customerId?: string;
  description?: string;
  enabled: boolean;
  createdDate: number;
  lastUpdatedDate: number;
  stageKeys: string[];
  tags?: Record<string, string>;
}

export function toApiKey(entity: ApiKeyEntity, includeValue: boolean): ApiKey {
  return {
    id: entity.id,
    ...(includeValue ? { value: entity.value } : {}),
    name: entity.name ?? undefined,
    customerId: entity.customerId ?? undefined,
    description: entity.description ?? undefined,
    enabled: entity.enabled,
    createdDate: toEpochSeconds(entity.createdDate),
    lastUpdatedDate: toEpochSeconds(entity.lastUpdatedDate),
    stageKeys: entity.stageKeys,
    tags: Object.keys(entity.tags).length > 0 ? entity.tags : undefined,
  };
}
