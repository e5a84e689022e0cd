import { AwsErrorType } from './api-error';
import { featureError } from './feature-error';

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

export class RequestError extends featureError<RequestErrorCode>('RequestError', TYPES) {}
