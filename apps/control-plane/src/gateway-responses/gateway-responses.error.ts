import { ApiError, AwsErrorType } from '../common/api-error';

export enum GatewayResponsesErrorCode {
  RestApiNotFound = 'RestApiNotFound',
  ResponseNotDefined = 'ResponseNotDefined',
  ParameterNotFound = 'ParameterNotFound',
  InvalidInput = 'InvalidInput',
}

const TYPES: Record<GatewayResponsesErrorCode, AwsErrorType> = {
  [GatewayResponsesErrorCode.RestApiNotFound]: AwsErrorType.NotFound,
  [GatewayResponsesErrorCode.ResponseNotDefined]: AwsErrorType.NotFound,
  [GatewayResponsesErrorCode.ParameterNotFound]: AwsErrorType.NotFound,
  [GatewayResponsesErrorCode.InvalidInput]: AwsErrorType.BadRequest,
};

export class GatewayResponsesError extends ApiError {
  readonly errorType: AwsErrorType;

  constructor(readonly code: GatewayResponsesErrorCode, message: string) {
    super(message);
    this.name = 'GatewayResponsesError';
    this.errorType = TYPES[code];
  }

  static invalid(message: string): GatewayResponsesError {
    return new GatewayResponsesError(GatewayResponsesErrorCode.InvalidInput, message);
  }

  static restApiNotFound(accountId: string, restApiId: string): GatewayResponsesError {
    return new GatewayResponsesError(GatewayResponsesErrorCode.RestApiNotFound, `Invalid API identifier specified ${accountId}:${restApiId}`);
  }
}
