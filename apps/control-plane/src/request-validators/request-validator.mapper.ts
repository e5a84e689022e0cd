import type { RequestValidatorEntity } from '@tollgate/persistence';

/** AWS `RequestValidator` wire shape. */
export interface RequestValidator {
  id: string;
  name?: string;
  validateRequestBody: boolean;
  validateRequestParameters: boolean;
}

export function toRequestValidator(entity: RequestValidatorEntity): RequestValidator {
  const validator: RequestValidator = { id: entity.id, validateRequestBody: entity.validateRequestBody, validateRequestParameters: entity.validateRequestParameters };
  if (entity.name !== null) validator.name = entity.name;
  return validator;
}
