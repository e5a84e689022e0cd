import { AwsErrorType } from '../common/api-error';
import { featureError } from '../common/feature-error';

export enum ApiKeysErrorCode {
  NotFound = 'NotFound',
  AlreadyExists = 'AlreadyExists',
  RestApiNotFound = 'RestApiNotFound',
  StageNotFound = 'StageNotFound',
  InvalidInput = 'InvalidInput',
}

const TYPES: Record<ApiKeysErrorCode, AwsErrorType> = {
  [ApiKeysErrorCode.NotFound]: AwsErrorType.NotFound,
  [ApiKeysErrorCode.AlreadyExists]: AwsErrorType.Conflict,
  [ApiKeysErrorCode.RestApiNotFound]: AwsErrorType.NotFound,
  [ApiKeysErrorCode.StageNotFound]: AwsErrorType.NotFound,
  [ApiKeysErrorCode.InvalidInput]: AwsErrorType.BadRequest,
};

export class ApiKeysError extends featureError<ApiKeysErrorCode>('ApiKeysError', TYPES) {
  static notFound(): ApiKeysError {
    return new ApiKeysError(ApiKeysErrorCode.NotFound, 'Invalid API Key identifier specified');
  }

  static invalid(message: string): ApiKeysError {
    return new ApiKeysError(ApiKeysErrorCode.InvalidInput, message);
  }
}
