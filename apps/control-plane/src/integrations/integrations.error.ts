import { ApiError, AwsErrorType } from '../common/api-error';

export enum IntegrationsErrorCode {
  IntegrationNotFound = 'IntegrationNotFound',
  ResponseNotFound = 'ResponseNotFound',
  InvalidInput = 'InvalidInput',
}

const TYPES: Record<IntegrationsErrorCode, AwsErrorType> = {
  [IntegrationsErrorCode.IntegrationNotFound]: AwsErrorType.NotFound,
  [IntegrationsErrorCode.ResponseNotFound]: AwsErrorType.NotFound,
  [IntegrationsErrorCode.InvalidInput]: AwsErrorType.BadRequest,
};

/** Errors of integrations and integration responses. */
export class IntegrationsError extends ApiError {
  readonly errorType: AwsErrorType;

  constructor(readonly code: IntegrationsErrorCode, message: string) {
    super(message);
    this.name = 'IntegrationsError';
    this.errorType = TYPES[code];
  }

  static invalid(message: string): IntegrationsError {
    return new IntegrationsError(IntegrationsErrorCode.InvalidInput, message);
  }
}
