import type { BasePathMappingEntity } from '@tollgate/persistence';

/** AWS's name for the empty base path (the domain root). */
export const NONE_BASE_PATH = '(none)';

/** AWS `BasePathMapping` wire shape. */
export interface BasePathMapping {
  basePath: string;
  restApiId: string;
  stage?: string;
}

export function toBasePathMapping(entity: BasePathMappingEntity): BasePathMapping {
  const mapping: BasePathMapping = { basePath: entity.basePath === '' ? NONE_BASE_PATH : entity.basePath, restApiId: entity.restApiId };
  if (entity.stage !== null) mapping.stage = entity.stage;
  return mapping;
}
