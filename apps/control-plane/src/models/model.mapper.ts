import type { ModelEntity } from '@tollgate/persistence';

/** AWS `Model` wire shape (optional members omitted when unset). */
export interface Model {
  id: string;
  name: string;
  description?: string;
  schema?: string;
  contentType: string;
}

export function toModel(entity: ModelEntity): Model {
  const model: Model = { id: entity.id, name: entity.name, contentType: entity.contentType };
  if (entity.description !== null) model.description = entity.description;
  if (entity.schema !== null) model.schema = entity.schema;
  return model;
}
