import { AwsErrorType } from '../common/api-error';
import { featureError } from '../common/feature-error';

export enum StageCachesErrorCode {
  RestApiNotFound = 'RestApiNotFound',
  StageNotFound = 'StageNotFound',
}

const TYPES: Record<StageCachesErrorCode, AwsErrorType> = {
  [StageCachesErrorCode.RestApiNotFound]: AwsErrorType.NotFound,
  [StageCachesErrorCode.StageNotFound]: AwsErrorType.NotFound,
};

export class StageCachesError extends featureError<StageCachesErrorCode>('StageCachesError', TYPES) {}
