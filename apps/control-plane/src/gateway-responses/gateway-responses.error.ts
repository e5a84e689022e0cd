import { AwsErrorType } from '../common/api-error';
import { featureError } from '../common/feature-error';
import { invalidRestApiMessage } from '../common/aws-messages';

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

export class GatewayResponsesError extends featureError<GatewayResponsesErrorCode>('GatewayResponsesError', TYPES) {
  static invalid(message: string): GatewayResponsesError {
    return new GatewayResponsesError(GatewayResponsesErrorCode.InvalidInput, message);
  }

  static restApiNotFound(accountId: string, restApiId: string): GatewayResponsesError {
    return new GatewayResponsesError(GatewayResponsesErrorCode.RestApiNotFound, invalidRestApiMessage(accountId, restApiId));
  }
}
