import { ApiError, AwsErrorType } from '../common/api-error';

export enum ClientCertificatesErrorCode {
  NotFound = 'NotFound',
  InvalidInput = 'InvalidInput',
}

const TYPES: Record<ClientCertificatesErrorCode, AwsErrorType> = {
  [ClientCertificatesErrorCode.NotFound]: AwsErrorType.NotFound,
  [ClientCertificatesErrorCode.InvalidInput]: AwsErrorType.BadRequest,
};

export class ClientCertificatesError extends ApiError {
  readonly errorType: AwsErrorType;

  constructor(readonly code: ClientCertificatesErrorCode, message: string) {
    super(message);
    this.name = 'ClientCertificatesError';
    this.errorType = TYPES[code];
  }

  static notFound(): ClientCertificatesError {
    return new ClientCertificatesError(ClientCertificatesErrorCode.NotFound, 'Invalid Client Certificate identifier specified');
  }

  static invalid(message: string): ClientCertificatesError {
    return new ClientCertificatesError(ClientCertificatesErrorCode.InvalidInput, message);
  }
}
