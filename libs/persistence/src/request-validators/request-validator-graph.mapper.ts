import type { SnapshotRequestValidator } from '@tollgate/model';
import type { RequestValidatorEntity } from './request-validator.entity';

export function toSnapshotRequestValidator(validator: RequestValidatorEntity): SnapshotRequestValidator {
  return {
    id: validator.id,
    name: validator.name ?? '',
    validateRequestBody: validator.validateRequestBody,
    validateRequestParameters: validator.validateRequestParameters,
  };
}
