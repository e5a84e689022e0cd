import { AwsErrorType } from '../common/api-error';
import { featureError } from '../common/feature-error';
import { invalidRestApiMessage } from '../common/aws-messages';

export enum ExportsErrorCode {
  RestApiNotFound = 'RestApiNotFound',
  StageNotFound = 'StageNotFound',
  InvalidInput = 'InvalidInput',
}

const TYPES: Record<ExportsErrorCode, AwsErrorType> = {
  [ExportsErrorCode.RestApiNotFound]: AwsErrorType.NotFound,
  [ExportsErrorCode.StageNotFound]: AwsErrorType.NotFound,
  [ExportsErrorCode.InvalidInput]: AwsErrorType.BadRequest,
};

export class ExportsError extends featureError<ExportsErrorCode>('ExportsError', TYPES) {
  static restApiNotFound(accountId: string, restApiId: string): ExportsError {
    return new ExportsError(ExportsErrorCode.RestApiNotFound, invalidRestApiMessage(accountId, restApiId));
  }

  static stageNotFound(): ExportsError {
    return new ExportsError(ExportsErrorCode.StageNotFound, 'Invalid stage identifier specified');
  }

  static invalid(message: string): ExportsError {
    return new ExportsError(ExportsErrorCode.InvalidInput, message);
  }
}
