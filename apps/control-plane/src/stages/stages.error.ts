import { AwsErrorType } from '../common/api-error';
import { featureError } from '../common/feature-error';

export enum StagesErrorCode {
  RestApiNotFound = 'RestApiNotFound',
  StageNotFound = 'StageNotFound',
  StageExists = 'StageExists',
  DeploymentNotFound = 'DeploymentNotFound',
  InvalidInput = 'InvalidInput',
}

const TYPES: Record<StagesErrorCode, AwsErrorType> = {
  [StagesErrorCode.RestApiNotFound]: AwsErrorType.NotFound,
  [StagesErrorCode.StageNotFound]: AwsErrorType.NotFound,
  [StagesErrorCode.StageExists]: AwsErrorType.Conflict,
  [StagesErrorCode.DeploymentNotFound]: AwsErrorType.NotFound,
  [StagesErrorCode.InvalidInput]: AwsErrorType.BadRequest,
};

export class StagesError extends featureError<StagesErrorCode>('StagesError', TYPES) {
  static invalid(message: string): StagesError {
    return new StagesError(StagesErrorCode.InvalidInput, message);
  }
}
