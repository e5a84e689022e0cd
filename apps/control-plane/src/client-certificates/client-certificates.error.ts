import { AwsErrorType } from '../common/api-error';
import { featureError } from '../common/feature-error';

export enum ClientCertificatesErrorCode {
  NotFound = 'NotFound',
  InvalidInput = 'InvalidInput',
}

const TYPES: Record<ClientCertificatesErrorCode, AwsErrorType> = {
  [ClientCertificatesErrorCode.NotFound]: AwsErrorType.NotFound,
  [ClientCertificatesErrorCode.InvalidInput]: AwsErrorType.BadRequest,
};

export class ClientCertificatesError extends featureError<ClientCertificatesErrorCode>('ClientCertificatesError', TYPES) {
  static notFound(): ClientCertificatesError {
    return new ClientCertificatesError(ClientCertificatesErrorCode.NotFound, 'Invalid Client Certificate identifier specified');
  }

  static invalid(message: string): ClientCertificatesError {
    return new ClientCertificatesError(ClientCertificatesErrorCode.InvalidInput, message);
  }
}
