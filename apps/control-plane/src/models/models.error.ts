import { AwsErrorType } from '../common/api-error';
import { featureError } from '../common/feature-error';
import { invalidRestApiMessage } from '../common/aws-messages';

export enum ModelsErrorCode {
  RestApiNotFound = 'RestApiNotFound',
  ModelNotFound = 'ModelNotFound',
  ModelExists = 'ModelExists',
  ModelInUse = 'ModelInUse',
  InvalidInput = 'InvalidInput',
}

const TYPES: Record<ModelsErrorCode, AwsErrorType> = {
  [ModelsErrorCode.RestApiNotFound]: AwsErrorType.NotFound,
  [ModelsErrorCode.ModelNotFound]: AwsErrorType.NotFound,
  [ModelsErrorCode.ModelExists]: AwsErrorType.Conflict,
  [ModelsErrorCode.ModelInUse]: AwsErrorType.Conflict,
  [ModelsErrorCode.InvalidInput]: AwsErrorType.BadRequest,
};

export class ModelsError extends featureError<ModelsErrorCode>('ModelsError', TYPES) {
  static invalid(message: string): ModelsError {
    return new ModelsError(ModelsErrorCode.InvalidInput, message);
  }

  static restApiNotFound(accountId: string, restApiId: string): ModelsError {
    return new ModelsError(ModelsErrorCode.RestApiNotFound, invalidRestApiMessage(accountId, restApiId));
  }

  static modelNotFound(name: string): ModelsError {
    return new ModelsError(ModelsErrorCode.ModelNotFound, `Invalid model name specified: ${name}`);
  }
}
