import { AwsErrorType } from '../common/api-error';
import { featureError } from '../common/feature-error';

export enum UsagePlansErrorCode {
  NotFound = 'NotFound',
  KeyNotFound = 'KeyNotFound',
  InvalidApiStage = 'InvalidApiStage',
  InvalidInput = 'InvalidInput',
}

const TYPES: Record<UsagePlansErrorCode, AwsErrorType> = {
  [UsagePlansErrorCode.NotFound]: AwsErrorType.NotFound,
  [UsagePlansErrorCode.KeyNotFound]: AwsErrorType.NotFound,
  [UsagePlansErrorCode.InvalidApiStage]: AwsErrorType.BadRequest,
  [UsagePlansErrorCode.InvalidInput]: AwsErrorType.BadRequest,
};

export class UsagePlansError extends featureError<UsagePlansErrorCode>('UsagePlansError', TYPES) {
  static notFound(): UsagePlansError {
    return new UsagePlansError(UsagePlansErrorCode.NotFound, 'Invalid Usage Plan ID specified');
  }

  static keyNotFound(): UsagePlansError {
    return new UsagePlansError(UsagePlansErrorCode.KeyNotFound, 'Invalid Usage Plan Key identifier specified');
  }

  static invalidApiStage(apiId: string, stage: string, usagePlanId: string): UsagePlansError {
    return new UsagePlansError(UsagePlansErrorCode.InvalidApiStage, `Invalid API Stage {api: ${apiId}, stage: ${stage}} specified for usageplan ${usagePlanId}`);
  }

  static invalid(message: string): UsagePlansError {
    return new UsagePlansError(UsagePlansErrorCode.InvalidInput, message);
  }
}
