import { ApiError, AwsErrorType } from '../common/api-error';

export enum VpcLinksErrorCode {
  NotFound = 'NotFound',
  InvalidInput = 'InvalidInput',
}

const TYPES: Record<VpcLinksErrorCode, AwsErrorType> = {
  [VpcLinksErrorCode.NotFound]: AwsErrorType.NotFound,
  [VpcLinksErrorCode.InvalidInput]: AwsErrorType.BadRequest,
};

export class VpcLinksError extends ApiError {
  readonly errorType: AwsErrorType;

  constructor(readonly code: VpcLinksErrorCode, message: string) {
    super(message);
    this.name = 'VpcLinksError';
    this.errorType = TYPES[code];
  }

  static notFound(): VpcLinksError {
    return new VpcLinksError(VpcLinksErrorCode.NotFound, 'Invalid VPC Link identifier specified');
  }

  static invalid(message: string): VpcLinksError {
    return new VpcLinksError(VpcLinksErrorCode.InvalidInput, message);
  }
}
