import { AwsErrorType } from '../common/api-error';
import { featureError } from '../common/feature-error';

export enum AuditErrorCode {
  InvalidInput = 'InvalidInput',
}

const TYPES: Record<AuditErrorCode, AwsErrorType> = {
  [AuditErrorCode.InvalidInput]: AwsErrorType.BadRequest,
};

export class AuditError extends featureError<AuditErrorCode>('AuditError', TYPES) {
  static invalid(message: string): AuditError {
    return new AuditError(AuditErrorCode.InvalidInput, message);
  }
}
