import { ApiError, AwsErrorType } from '../common/api-error';

export enum DeploymentsErrorCode {
  RestApiNotFound = 'RestApiNotFound',
  DeploymentNotFound = 'DeploymentNotFound',
  NotDeployable = 'NotDeployable',
  DeploymentInUse = 'DeploymentInUse',
  InvalidInput = 'InvalidInput',
}

const TYPES: Record<DeploymentsErrorCode, AwsErrorType> = {
  [DeploymentsErrorCode.RestApiNotFound]: AwsErrorType.NotFound,
  [DeploymentsErrorCode.DeploymentNotFound]: AwsErrorType.NotFound,
  [DeploymentsErrorCode.NotDeployable]: AwsErrorType.BadRequest,
  [DeploymentsErrorCode.DeploymentInUse]: AwsErrorType.BadRequest,
  [DeploymentsErrorCode.InvalidInput]: AwsErrorType.BadRequest,
};

/** Errors of deployments; NotDeployable carries the snapshot compiler's message. */
export class DeploymentsError extends ApiError {
  readonly errorType: AwsErrorType;

  constructor(readonly code: DeploymentsErrorCode, message: string) {
    super(message);
    this.name = 'DeploymentsError';
    this.errorType = TYPES[code];
  }

  static invalid(message: string): DeploymentsError {
    return new DeploymentsError(DeploymentsErrorCode.InvalidInput, message);
  }
}
