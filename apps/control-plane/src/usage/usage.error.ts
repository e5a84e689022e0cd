import { ApiError, AwsErrorType } from '../common/api-error';

export enum UsageErrorCode {
  InvalidInput = 'InvalidInput',
  KeyNotInPlan = 'KeyNotInPlan',
  CountersUnavailable = 'CountersUnavailable',
}

const TYPES: Record<UsageErrorCode, AwsErrorType> = {
  [UsageErrorCode.InvalidInput]: AwsErrorType.BadRequest,
  [UsageErrorCode.KeyNotInPlan]: AwsErrorType.NotFound,
  [UsageErrorCode.CountersUnavailable]: AwsErrorType.ServiceUnavailable,
};

export class UsageError extends ApiError {
  readonly errorType: AwsErrorType;

  constructor(readonly code: UsageErrorCode, message: string) {
    super(message);
    this.name = 'UsageError';
    this.errorType = TYPES[code];
  }

  /** Redis (live counters, quotas) cannot be reached: retryable, unlike a 500. */
  static unavailable(): UsageError {
    return new UsageError(UsageErrorCode.CountersUnavailable, 'Usage counters are temporarily unavailable; retry later');
  }

  static invalid(message: string): UsageError {
    return new UsageError(UsageErrorCode.InvalidInput, message);
  }
}
