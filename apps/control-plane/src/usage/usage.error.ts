import { ApiError, AwsErrorType } from '../common/api-error';

export enum UsageErrorCode {
  InvalidInput = 'InvalidInput',
  KeyNotInPlan = 'KeyNotInPlan',
}

const TYPES: Record<UsageErrorCode, AwsErrorType> = {
  [UsageErrorCode.InvalidInput]: AwsErrorType.BadRequest,
  [UsageErrorCode.KeyNotInPlan]: AwsErrorType.NotFound,
};

export class UsageError extends ApiError {
  readonly errorType: AwsErrorType;

  constructor(readonly code: UsageErrorCode, message: string) {
    super(message);
    this.name = 'UsageError';
    this.errorType = TYPES[code];
  }

  static invalid(message: string): UsageError {
    return new UsageError(UsageErrorCode.InvalidInput, message);
  }
}
