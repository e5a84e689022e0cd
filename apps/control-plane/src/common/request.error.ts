import { ApiError, AwsErrorType } from './api-error';

/** Errors about the request as a whole (body, paging, parameters), before any feature logic runs. */
export enum RequestErrorCode {
  MalformedJson = 'MalformedJson',
  BodyTooLarge = 'BodyTooLarge',
  InvalidParameter = 'InvalidParameter',
}

const TYPES: Record<RequestErrorCode, AwsErrorType> = {
  [RequestErrorCode.MalformedJson]: AwsErrorType.BadRequest,
  [RequestErrorCode.BodyTooLarge]: AwsErrorType.RequestEntityTooLarge,
  [RequestErrorCode.InvalidParameter]: AwsErrorType.BadRequest,
};

export class RequestError extends ApiError {
  readonly errorType: AwsErrorType;

  constructor(readonly code: RequestErrorCode, message: string) {
    super(message);
    this.name = 'RequestError';
    this.errorType = TYPES[code];
  }
}
