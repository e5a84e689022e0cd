import { AwsErrorType } from '../common/api-error';
import { featureError } from '../common/feature-error';

export enum DomainNamesErrorCode {
  NotFound = 'NotFound',
  Exists = 'Exists',
  InvalidInput = 'InvalidInput',
}

const TYPES: Record<DomainNamesErrorCode, AwsErrorType> = {
  [DomainNamesErrorCode.NotFound]: AwsErrorType.NotFound,
  [DomainNamesErrorCode.Exists]: AwsErrorType.Conflict,
  [DomainNamesErrorCode.InvalidInput]: AwsErrorType.BadRequest,
};

export class DomainNamesError extends featureError<DomainNamesErrorCode>('DomainNamesError', TYPES) {
  static notFound(): DomainNamesError {
    return new DomainNamesError(DomainNamesErrorCode.NotFound, 'Invalid domain name identifier specified');
  }

  static exists(): DomainNamesError {
    return new DomainNamesError(DomainNamesErrorCode.Exists, 'The domain name you provided already exists.');
  }

  static invalid(message: string): DomainNamesError {
    return new DomainNamesError(DomainNamesErrorCode.InvalidInput, message);
  }
}
