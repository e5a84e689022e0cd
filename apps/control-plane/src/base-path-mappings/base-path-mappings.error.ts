import { AwsErrorType } from '../common/api-error';
import { featureError } from '../common/feature-error';

export enum BasePathMappingsErrorCode {
  DomainNameNotFound = 'DomainNameNotFound',
  NotFound = 'NotFound',
  Exists = 'Exists',
  InvalidRestApi = 'InvalidRestApi',
  InvalidStage = 'InvalidStage',
  InvalidInput = 'InvalidInput',
}

const TYPES: Record<BasePathMappingsErrorCode, AwsErrorType> = {
  [BasePathMappingsErrorCode.DomainNameNotFound]: AwsErrorType.NotFound,
  [BasePathMappingsErrorCode.NotFound]: AwsErrorType.NotFound,
  [BasePathMappingsErrorCode.Exists]: AwsErrorType.Conflict,
  // AWS answers 400 (not 404) for a mapping that names a missing API or stage.
  [BasePathMappingsErrorCode.InvalidRestApi]: AwsErrorType.BadRequest,
  [BasePathMappingsErrorCode.InvalidStage]: AwsErrorType.BadRequest,
  [BasePathMappingsErrorCode.InvalidInput]: AwsErrorType.BadRequest,
};

const MESSAGES: Partial<Record<BasePathMappingsErrorCode, string>> = {
  [BasePathMappingsErrorCode.DomainNameNotFound]: 'Invalid domain name identifier specified',
  [BasePathMappingsErrorCode.NotFound]: 'Invalid base path mapping identifier specified',
  [BasePathMappingsErrorCode.Exists]: 'Base path already exists for this domain name',
  [BasePathMappingsErrorCode.InvalidRestApi]: 'Invalid REST API identifier specified',
  [BasePathMappingsErrorCode.InvalidStage]: 'Invalid stage identifier specified',
};

export class BasePathMappingsError extends featureError<BasePathMappingsErrorCode>('BasePathMappingsError', TYPES, MESSAGES) {
  static invalid(message: string): BasePathMappingsError {
    return new BasePathMappingsError(BasePathMappingsErrorCode.InvalidInput, message);
  }
}
