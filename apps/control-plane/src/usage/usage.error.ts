import { AwsErrorType } from '../common/api-error';
import { featureError } from '../common/feature-error';

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

export class UsageError extends featureError<UsageErrorCode>('UsageError', TYPES) {

  /** Redis (live counters, quotas) cannot be reached: retryable, unlike a 500. */
  static unavailable(): UsageError {
    return new UsageError(UsageErrorCode.CountersUnavailable, 'Usage counters are temporarily unavailable; retry later');
  }

  static invalid(message: string): UsageError {
    return new UsageError(UsageErrorCode.InvalidInput, message);
  }
}
