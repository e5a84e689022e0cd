import { AwsErrorType } from '../common/api-error';
import { featureError } from '../common/feature-error';
import { invalidRestApiMessage } from '../common/aws-messages';

export enum RestApiImportsErrorCode {
  NotFound = 'NotFound',
  InvalidInput = 'InvalidInput',
}

const TYPES: Record<RestApiImportsErrorCode, AwsErrorType> = {
  [RestApiImportsErrorCode.NotFound]: AwsErrorType.NotFound,
  [RestApiImportsErrorCode.InvalidInput]: AwsErrorType.BadRequest,
};

/** ImportRestApi / PutRestApi errors; an ImportError from @tollgate/openapi becomes InvalidInput with its message. */
export class RestApiImportsError extends featureError<RestApiImportsErrorCode>('RestApiImportsError', TYPES) {
  static notFound(accountId: string, restApiId: string): RestApiImportsError {
    return new RestApiImportsError(RestApiImportsErrorCode.NotFound, invalidRestApiMessage(accountId, restApiId));
  }

  static invalid(message: string): RestApiImportsError {
    return new RestApiImportsError(RestApiImportsErrorCode.InvalidInput, message);
  }
}
