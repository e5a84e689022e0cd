import { AwsErrorType } from '../common/api-error';
import { featureError } from '../common/feature-error';
import { invalidRestApiMessage } from '../common/aws-messages';

export enum RequestValidatorsErrorCode {
  RestApiNotFound = 'RestApiNotFound',
  ValidatorNotFound = 'ValidatorNotFound',
  ValidatorInUse = 'ValidatorInUse',
  InvalidInput = 'InvalidInput',
}

const TYPES: Record<RequestValidatorsErrorCode, AwsErrorType> = {
  [RequestValidatorsErrorCode.RestApiNotFound]: AwsErrorType.NotFound,
  [RequestValidatorsErrorCode.ValidatorNotFound]: AwsErrorType.NotFound,
  [RequestValidatorsErrorCode.ValidatorInUse]: AwsErrorType.Conflict,
  [RequestValidatorsErrorCode.InvalidInput]: AwsErrorType.BadRequest,
};

export class RequestValidatorsError extends featureError<RequestValidatorsErrorCode>('RequestValidatorsError', TYPES) {
  static invalid(message: string): RequestValidatorsError {
    return new RequestValidatorsError(RequestValidatorsErrorCode.InvalidInput, message);
  }

  static restApiNotFound(accountId: string, restApiId: string): RequestValidatorsError {
    return new RequestValidatorsError(RequestValidatorsErrorCode.RestApiNotFound, invalidRestApiMessage(accountId, restApiId));
  }

  static validatorNotFound(): RequestValidatorsError {
    return new RequestValidatorsError(RequestValidatorsErrorCode.ValidatorNotFound, 'Invalid Request Validator identifier specified');
  }
}
