import { AwsErrorType } from '../common/api-error';
import { featureError } from '../common/feature-error';
import { invalidRestApiMessage } from '../common/aws-messages';

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
    return new RestApisError(RestApisErrorCode.NotFound, invalidRestApiMessage(accountId, restApiId));
  }

  static invalid(message: string): RestApisError {
    return new RestApisError(RestApisErrorCode.InvalidInput, message);
  }
}
