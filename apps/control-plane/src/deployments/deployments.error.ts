import { AwsErrorType } from '../common/api-error';
import { featureError } from '../common/feature-error';

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
export class DeploymentsError extends featureError<DeploymentsErrorCode>('DeploymentsError', TYPES) {
  static invalid(message: string): DeploymentsError {
    return new DeploymentsError(DeploymentsErrorCode.InvalidInput, message);
  }
}
