import { AwsErrorType } from '../common/api-error';
import { featureError } from '../common/feature-error';

export enum RestApisErrorCode {
  NotFound = 'NotFound',
  InvalidInput = 'InvalidInput',
}

const TYPES: Record<RestApisErrorCode, AwsErrorType> = {
  [RestApisErrorCode.NotFound]: AwsErrorType.NotFound,
  [RestApisErrorCode.InvalidInput]: AwsErrorType.BadRequest,
};

export class RestApisError extends featureError<RestApisErrorCode>('RestApisError', TYPES) {
  static notFound(accountId: string, restApiId: string): RestApisError {
    return new RestApisError(RestApisErrorCode.NotFound, `Invalid API identifier specified ${accountId}:${restApiId}`);
  }

  static invalid(message: string): RestApisError {
    return new RestApisError(RestApisErrorCode.InvalidInput, message);
  }
}
