import { AwsErrorType } from '../common/api-error';
import { featureError } from '../common/feature-error';

export enum MethodsErrorCode {
  RestApiNotFound = 'RestApiNotFound',
  ResourceNotFound = 'ResourceNotFound',
  MethodNotFound = 'MethodNotFound',
  MethodExists = 'MethodExists',
  ResponseNotFound = 'ResponseNotFound',
  ResponseExists = 'ResponseExists',
  InvalidInput = 'InvalidInput',
}

const TYPES: Record<MethodsErrorCode, AwsErrorType> = {
  [MethodsErrorCode.RestApiNotFound]: AwsErrorType.NotFound,
  [MethodsErrorCode.ResourceNotFound]: AwsErrorType.NotFound,
  [MethodsErrorCode.MethodNotFound]: AwsErrorType.NotFound,
  [MethodsErrorCode.MethodExists]: AwsErrorType.Conflict,
  [MethodsErrorCode.ResponseNotFound]: AwsErrorType.NotFound,
  [MethodsErrorCode.ResponseExists]: AwsErrorType.Conflict,
  [MethodsErrorCode.InvalidInput]: AwsErrorType.BadRequest,
};

/** Errors of methods and method responses (also used by integrations for the shared path checks). */
export class MethodsError extends featureError<MethodsErrorCode>('MethodsError', TYPES) {
  static invalid(message: string): MethodsError {
    return new MethodsError(MethodsErrorCode.InvalidInput, message);
  }
}
