import { ApiError, AwsErrorType } from '../common/api-error';

export enum StageCachesErrorCode {
  RestApiNotFound = 'RestApiNotFound',
  StageNotFound = 'StageNotFound',
}

const TYPES: Record<StageCachesErrorCode, AwsErrorType> = {
  [StageCachesErrorCode.RestApiNotFound]: AwsErrorType.NotFound,
  [StageCachesErrorCode.StageNotFound]: AwsErrorType.NotFound,
};

export class StageCachesError extends ApiError {
  readonly errorType: AwsErrorType;

  constructor(readonly code: StageCachesErrorCode, message: string) {
    super(message);
    this.name = 'StageCachesError';
    this.errorType = TYPES[code];
  }
}
