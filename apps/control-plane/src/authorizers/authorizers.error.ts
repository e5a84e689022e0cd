import { AwsErrorType } from '../common/api-error';
import { featureError } from '../common/feature-error';
import { invalidRestApiMessage } from '../common/aws-messages';

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

export class AuthorizersError extends featureError<AuthorizersErrorCode>('AuthorizersError', TYPES) {
  static invalid(message: string): AuthorizersError {
    return new AuthorizersError(AuthorizersErrorCode.InvalidInput, message);
  }

  static restApiNotFound(accountId: string, restApiId: string): AuthorizersError {
    return new AuthorizersError(AuthorizersErrorCode.RestApiNotFound, invalidRestApiMessage(accountId, restApiId));
  }

  static authorizerNotFound(): AuthorizersError {
    return new AuthorizersError(AuthorizersErrorCode.AuthorizerNotFound, 'Invalid Authorizer identifier specified');
  }
}
