import { ApiError, AwsErrorType } from '../common/api-error';

export enum AuthorizersErrorCode {
  RestApiNotFound = 'RestApiNotFound',
  AuthorizerNotFound = 'AuthorizerNotFound',
  AuthorizerInUse = 'AuthorizerInUse',
  InvalidInput = 'InvalidInput',
  TestInvokeUnavailable = 'TestInvokeUnavailable',
}

const TYPES: Record<AuthorizersErrorCode, AwsErrorType> = {
  [AuthorizersErrorCode.RestApiNotFound]: AwsErrorType.NotFound,
  [AuthorizersErrorCode.AuthorizerNotFound]: AwsErrorType.NotFound,
  [AuthorizersErrorCode.AuthorizerInUse]: AwsErrorType.Conflict,
  [AuthorizersErrorCode.InvalidInput]: AwsErrorType.BadRequest,
  [AuthorizersErrorCode.TestInvokeUnavailable]: AwsErrorType.BadRequest,
};

export class AuthorizersError extends ApiError {
  readonly errorType: AwsErrorType;

  constructor(readonly code: AuthorizersErrorCode, message: string) {
    super(message);
    this.name = 'AuthorizersError';
    this.errorType = TYPES[code];
  }

  static invalid(message: string): AuthorizersError {
    return new AuthorizersError(AuthorizersErrorCode.InvalidInput, message);
  }

  static restApiNotFound(accountId: string, restApiId: string): AuthorizersError {
    return new AuthorizersError(AuthorizersErrorCode.RestApiNotFound, `Invalid API identifier specified ${accountId}:${restApiId}`);
  }

  static authorizerNotFound(): AuthorizersError {
    return new AuthorizersError(AuthorizersErrorCode.AuthorizerNotFound, 'Invalid Authorizer identifier specified');
  }
}
