import { AwsErrorType } from '../common/api-error';
import { featureError } from '../common/feature-error';

export enum DomainNameAccessAssociationsErrorCode {
  NotFound = 'NotFound',
  DomainNameNotFound = 'DomainNameNotFound',
  Exists = 'Exists',
  InvalidInput = 'InvalidInput',
}

const TYPES: Record<DomainNameAccessAssociationsErrorCode, AwsErrorType> = {
  [DomainNameAccessAssociationsErrorCode.NotFound]: AwsErrorType.NotFound,
  [DomainNameAccessAssociationsErrorCode.DomainNameNotFound]: AwsErrorType.NotFound,
  [DomainNameAccessAssociationsErrorCode.Exists]: AwsErrorType.Conflict,
  [DomainNameAccessAssociationsErrorCode.InvalidInput]: AwsErrorType.BadRequest,
};

export class DomainNameAccessAssociationsError extends featureError<DomainNameAccessAssociationsErrorCode>('DomainNameAccessAssociationsError', TYPES) {
  static notFound(): DomainNameAccessAssociationsError {
    return new DomainNameAccessAssociationsError(DomainNameAccessAssociationsErrorCode.NotFound, 'Invalid domain name access association identifier specified');
  }

  static domainNameNotFound(): DomainNameAccessAssociationsError {
    return new DomainNameAccessAssociationsError(DomainNameAccessAssociationsErrorCode.DomainNameNotFound, 'Invalid domain name identifier specified');
  }

  static exists(): DomainNameAccessAssociationsError {
    return new DomainNameAccessAssociationsError(DomainNameAccessAssociationsErrorCode.Exists, 'A domain name access association already exists for this domain name and access association source');
  }

  static invalid(message: string): DomainNameAccessAssociationsError {
    return new DomainNameAccessAssociationsError(DomainNameAccessAssociationsErrorCode.InvalidInput, message);
  }
}
