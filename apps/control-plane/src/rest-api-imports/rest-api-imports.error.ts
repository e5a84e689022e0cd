import { ApiError, AwsErrorType } from '../common/api-error';

export enum RestApiImportsErrorCode {
  NotFound = 'NotFound',
  InvalidInput = 'InvalidInput',
}

const TYPES: Record<RestApiImportsErrorCode, AwsErrorType> = {
  [RestApiImportsErrorCode.NotFound]: AwsErrorType.NotFound,
  [RestApiImportsErrorCode.InvalidInput]: AwsErrorType.BadRequest,
};

/** ImportRestApi / PutRestApi errors; an ImportError from @tollgate/openapi becomes InvalidInput with its message. */
export class RestApiImportsError extends ApiError {
  readonly errorType: AwsErrorType;

  constructor(readonly code: RestApiImportsErrorCode, message: string) {
    super(message);
    this.name = 'RestApiImportsError';
    this.errorType = TYPES[code];
  }

  static notFound(accountId: string, restApiId: string): RestApiImportsError {
    return new RestApiImportsError(RestApiImportsErrorCode.NotFound, `Invalid API identifier specified ${accountId}:${restApiId}`);
  }

  static invalid(message: string): RestApiImportsError {
    return new RestApiImportsError(RestApiImportsErrorCode.InvalidInput, message);
  }
}
