import { AwsErrorType } from '../common/api-error';
import { featureError } from '../common/feature-error';

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
export class IntegrationsError extends featureError<IntegrationsErrorCode>('IntegrationsError', TYPES) {
  static invalid(message: string): IntegrationsError {
    return new IntegrationsError(IntegrationsErrorCode.InvalidInput, message);
  }
}
