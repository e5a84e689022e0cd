import { AwsErrorType } from '../common/api-error';
import { featureError } from '../common/feature-error';

export enum VpcLinksErrorCode {
  NotFound = 'NotFound',
  InvalidInput = 'InvalidInput',
}

const TYPES: Record<VpcLinksErrorCode, AwsErrorType> = {
  [VpcLinksErrorCode.NotFound]: AwsErrorType.NotFound,
  [VpcLinksErrorCode.InvalidInput]: AwsErrorType.BadRequest,
};

export class VpcLinksError extends featureError<VpcLinksErrorCode>('VpcLinksError', TYPES) {
  static notFound(): VpcLinksError {
    return new VpcLinksError(VpcLinksErrorCode.NotFound, 'Invalid VPC Link identifier specified');
  }

  static invalid(message: string): VpcLinksError {
    return new VpcLinksError(VpcLinksErrorCode.InvalidInput, message);
  }
}
