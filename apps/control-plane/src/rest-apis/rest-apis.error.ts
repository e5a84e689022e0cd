import { ApiError, AwsErrorType } from '../common/api-error';

export enum RestApisErrorCode {
  NotFound = 'NotFound',
  InvalidInput = 'InvalidInput',
}

const TYPES: Record<RestApisErrorCode, AwsErrorType> = {
  [RestApisErrorCode.NotFound]: AwsErrorType.NotFound,
  [RestApisErrorCode.InvalidInput]: AwsErrorType.BadRequest,
};

export class RestApisError extends ApiError {
  readonly errorType: AwsErrorType;

  constructor(readonly code: RestApisErrorCode, message: string) {
    super(message);
    this.name = 'RestApisError';
    this.errorType = TYPES[code];
  }

  static notFound(accountId: string, restApiId: string): RestApisError {
    return new RestApisError(RestApisErrorCode.NotFound, `Invalid API identifier specified ${accountId}:${restApiId}`);
  }

  static invalid(message: string): RestApisError {
    return new RestApisError(RestApisErrorCode.InvalidInput, message);
  }
}
