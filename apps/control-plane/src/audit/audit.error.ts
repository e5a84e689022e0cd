import { ApiError, AwsErrorType } from '../common/api-error';

export enum AuditErrorCode {
  InvalidInput = 'InvalidInput',
}

const TYPES: Record<AuditErrorCode, AwsErrorType> = {
  [AuditErrorCode.InvalidInput]: AwsErrorType.BadRequest,
};

export class AuditError extends ApiError {
  readonly errorType: AwsErrorType;

  constructor(readonly code: AuditErrorCode, message: string) {
    super(message);
    this.name = 'AuditError';
    this.errorType = TYPES[code];
  }

  static invalid(message: string): AuditError {
    return new AuditError(AuditErrorCode.InvalidInput, message);
  }
}
