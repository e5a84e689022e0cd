import { ApiError, AwsErrorType } from '../common/api-error';

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

export class StagesError extends ApiError {
  readonly errorType: AwsErrorType;

  constructor(readonly code: StagesErrorCode, message: string) {
    super(message);
    this.name = 'StagesError';
    this.errorType = TYPES[code];
  }

  static invalid(message: string): StagesError {
    return new StagesError(StagesErrorCode.InvalidInput, message);
  }
}
