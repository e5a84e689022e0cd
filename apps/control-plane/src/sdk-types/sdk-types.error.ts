import { AwsErrorType } from '../common/api-error';
import { featureError } from '../common/feature-error';

export enum SdkTypesErrorCode {
  SdkTypeNotFound = 'SdkTypeNotFound',
  RestApiNotFound = 'RestApiNotFound',
  StageNotFound = 'StageNotFound',
  InvalidSdkType = 'InvalidSdkType',
  GenerationUnsupported = 'GenerationUnsupported',
}

const TYPES: Record<SdkTypesErrorCode, AwsErrorType> = {
  [SdkTypesErrorCode.SdkTypeNotFound]: AwsErrorType.NotFound,
  [SdkTypesErrorCode.RestApiNotFound]: AwsErrorType.NotFound,
  [SdkTypesErrorCode.StageNotFound]: AwsErrorType.NotFound,
  [SdkTypesErrorCode.InvalidSdkType]: AwsErrorType.BadRequest,
  [SdkTypesErrorCode.GenerationUnsupported]: AwsErrorType.BadRequest,
};

export class SdkTypesError extends featureError<SdkTypesErrorCode>('SdkTypesError', TYPES) {}
